import { registerEnumType } from '@nestjs/graphql';

import { type IssuerKind, ISSUER_KINDS } from '@gongkai/domain';

export const IssuerKindEnum = Object.fromEntries(ISSUER_KINDS.map((kind) => [kind, kind])) as { [K in IssuerKind]: K };

registerEnumType(IssuerKindEnum, { name: 'IssuerKind', description: 'The kind of body that published a report.',
  valuesMap: {
    department: { description: 'A department of a government (局, 委员会 …); its deadline is 31 January' },
    gov: { description: 'A people\'s government (县人民政府 …)' },
    gov_office: { description: 'A government\'s general office (政府办公室), reporting for the government' },
    institution: { description: 'A public institution (事业单位); its deadline is 31 January' },
    other: { description: 'Any other body' },
    township: { description: 'A township or street office (乡镇、街道)' },
    zone: { description: 'A zone administration (开发区、实验区管委会) that governs a region' },
  },
});
