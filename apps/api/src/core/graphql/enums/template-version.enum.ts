import { registerEnumType } from '@nestjs/graphql';

import { type TemplateId, TEMPLATE_LABELS } from '@gongkai/domain';

// Values mirror @gongkai/domain TemplateId and the Postgres template_enum.
export const TemplateVersionEnum = Object.fromEntries(Object.keys(TEMPLATE_LABELS).map((id) => [id, id])) as { [K in TemplateId]: K };

registerEnumType(TemplateVersionEnum, { name: 'TemplateVersion', description: 'Report template: gb2019, gb2021 or nonstandard.',
  valuesMap: {
    gb2019: { description: 'The 2019 national template (reports for 2019–2020)' },
    gb2021: { description: 'The 2021 national template (reports since 2021)' },
    nonstandard: { description: 'A layout that follows neither template' },
  },
});
