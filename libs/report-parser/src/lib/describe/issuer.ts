import { type IssuerKind } from '@gongkai/domain';

/** Issuer kind from the name the title gives (spec §8.2). Order matters: the most specific suffix first. */
export function issuerKindOf(name: string | null): IssuerKind {
  if (!name) return 'other';
  if (/政府(?:办公室|办公厅|办)$/.test(name)) return 'gov_office';
  if (/人民政府$/.test(name)) return /(?:乡|镇|街道)人民政府$/.test(name) ? 'township' : 'gov';
  if (/(?:乡|镇|街道|街道办事处|苏木)$/.test(name)) return 'township';
  if (/(?:园区|开发区|高新区|实验区|试验区|新区|合作区|示范区|管委会|管理委员会|保税区|工业区)$/.test(name)) return 'zone';
  if (/(?:中心|研究院|院|所|站|馆|队|台|社|学校|医院)$/.test(name)) return 'institution';
  if (/(?:局|委员会|委|办|厅|部|署|处|科|室|公署)$/.test(name)) return 'department';
  if (/(?:县|市|区|旗|州|盟|省)$/.test(name)) return 'gov';

  return 'other';
}

/**
 * Whether the issuer is below the level that may make 规章 (设区的市 government), for T2_REG_LEVEL:
 * true for departments, townships and county-level governments (县/区/旗); null when the name cannot
 * tell (a 市 may be a prefecture or a county-level city; zones and institutions vary).
 */
export function isBelowRuleMakingLevel(name: string | null, kind: IssuerKind): boolean | null {
  if (!name) return null;
  if (kind === 'department' || kind === 'township') return true;
  if (kind !== 'gov' && kind !== 'gov_office') return null;
  const base = name.replace(/(?:人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|政府办|人民政府|办公室|办公厅)$/, '');
  if (/(?:自治县|县|区|旗)$/.test(base)) return true;

  return null;
}
