import { registerEnumType } from '@nestjs/graphql';

import { type IssuerKind, ISSUER_KINDS } from '@gongkai/domain';

export const IssuerKindEnum = Object.fromEntries(ISSUER_KINDS.map((kind) => [kind, kind])) as { [K in IssuerKind]: K };

registerEnumType(IssuerKindEnum, { name: 'IssuerKind' });
