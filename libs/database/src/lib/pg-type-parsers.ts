import { types } from 'pg';

const DATE_OID = 1082;

let installed = false;

/**
 * pg turns DATE into a JS Date at local midnight, which shifts days across time zones. Dates stay
 * 'yyyy-mm-dd' strings here. int8 (COUNT(*)) and numeric stay strings, as pg returns them: convert
 * explicitly where a number is wanted (Decimal for money).
 */
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  types.setTypeParser(DATE_OID, (value: string) => value);
}
