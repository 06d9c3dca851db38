import { type IssuerKind } from '@gongkai/domain';

/**
 * Issuer kinds held to the department deadline (条例 Art. 49: 县级以上人民政府部门, 31 January). Every other
 * kind gets the government deadline (31 March). Where the law is unclear (zones, townships, other), the later
 * deadline is used so that no body is called late wrongly.
 */
export const DEPARTMENT_DEADLINE_ISSUER_KINDS: readonly IssuerKind[] = ['department', 'institution'];
