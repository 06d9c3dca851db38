// The list lives in libs/domain (the assessment reads it too); re-exported where the api has always found it.
export { DEPARTMENT_DEADLINE_ISSUER_KINDS } from '@gongkai/domain';
