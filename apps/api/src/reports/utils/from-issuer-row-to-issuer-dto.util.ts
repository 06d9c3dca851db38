import { IssuerDto } from '../dtos/issuer.dto';
import { type IssuerRow } from '../types/issuer-row.type';

export function fromIssuerRowToIssuerDto(row: IssuerRow): IssuerDto {
  return Object.assign(new IssuerDto(), { id: row.id, name: row.name, kind: row.kind, regionCode: row.region_code });
}
