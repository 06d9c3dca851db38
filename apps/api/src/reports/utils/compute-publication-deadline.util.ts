import { type IssuerKind, PUBLICATION_DEADLINES } from '@gongkai/domain';

import { DEPARTMENT_DEADLINE_ISSUER_KINDS } from '../constants/department-deadline-issuer-kinds.constant';

const pad = (n: number) => String(n).padStart(2, '0');

/** Statutory publication deadline (yyyy-mm-dd) of the report on data year `year`, by issuer kind. */
export function computePublicationDeadline(year: number, issuerKind: IssuerKind): string {
  const { month, day } = DEPARTMENT_DEADLINE_ISSUER_KINDS.includes(issuerKind) ? PUBLICATION_DEADLINES.department : PUBLICATION_DEADLINES.government;

  return `${year + 1}-${pad(month)}-${pad(day)}`;
}
