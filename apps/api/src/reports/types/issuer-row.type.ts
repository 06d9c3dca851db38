import { type IssuerKind } from '@gongkai/domain';

export type IssuerRow = { id: string; name: string; kind: IssuerKind; region_code: string };
