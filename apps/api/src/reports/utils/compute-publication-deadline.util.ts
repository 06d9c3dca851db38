import { type IssuerKind, publicationDeadline } from '@gongkai/domain';

/** Statutory publication deadline (yyyy-mm-dd) of the report on data year `year`, by issuer kind (libs/domain). */
export function computePublicationDeadline(year: number, issuerKind: IssuerKind): string {
  return publicationDeadline(year, issuerKind);
}
