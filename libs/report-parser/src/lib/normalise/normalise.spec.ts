import { classifyCell, readCell } from './cell-value';
import { compact, labelKey, labelStem, nfkc, stripBookmarks, stripNumbering, stripParentheticals } from './text';
import { looksTraditional, toSimplified } from './traditional';

describe('label normalisation', () => {
  it('applies NFKC so full-width digits and punctuation match ASCII (D07)', () => {
    expect(nfkc('（１２）：３')).toBe('(12):3');
    expect(labelKey('第二十条第（一）项')).toBe('第二十条第(一)项');
  });

  it('joins labels split by line breaks, spaces, &nbsp; and ideographic spaces (D09)', () => {
    expect(labelKey('本年新\n制作数量')).toBe('本年新制作数量');
    expect(labelKey('商业 企业')).toBe('商业企业');
    expect(labelKey('自\u00a0然\u3000人')).toBe('自然人');
    expect(compact(' a \t b ')).toBe('ab');
  });

  it('drops curly and straight quotes alike (D08)', () => {
    expect(labelKey('3.危及“三安全一稳定”')).toBe(labelKey('3.危及"三安全一稳定"'));
    expect(labelKey('3.危及"三安全一稳定"')).toBe('3.危及三安全一稳定');
  });

  it('strips Word bookmarks (D19)', () => {
    expect(stripBookmarks('[bookmark: _GoBack]2020年，工作')).toBe('2020年，工作');
    expect(labelKey('[bookmark: x]规章')).toBe('规章');
  });

  it('strips stacked numbering of every printed form', () => {
    expect(stripNumbering('一、本年新收')).toBe('本年新收');
    expect(stripNumbering('(三)1.属于国家秘密')).toBe('属于国家秘密');
    expect(stripNumbering('2、重复申请')).toBe('重复申请');
    expect(stripNumbering('2020年')).toBe('2020年');
  });

  it('strips parenthesised explanations for matching (D12)', () => {
    expect(stripParentheticals('上一年项目数量(指2019年事项数)')).toBe('上一年项目数量');
    expect(labelStem('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开');
    expect(labelStem('规章（设区的市、自治州人民政府应提供相关数据）')).toBe('规章');
  });

  it('maps Traditional conversion artefacts inside labels (D13)', () => {
    expect(labelKey('规范性檔案')).toBe('规范性文件');
    expect(labelKey('规范性档案')).toBe('规范性文件');
    expect(labelKey('徵收')).toBe('征收');
  });
});

describe('reading cells', () => {
  it('keeps blank, not-applicable and zero apart (D01, D02)', () => {
    expect(readCell('')).toMatchObject({ state: 'blank', value: null });
    expect(readCell('\u00a0 ')).toMatchObject({ state: 'blank', value: null });
    expect(readCell('/')).toMatchObject({ state: 'na', value: null, raw: '/' });
    expect(readCell('0')).toMatchObject({ state: 'number', value: '0' });
  });

  it.each(['-', '—', '——', '－', '–', '无', '／'])('reads a lone %s as not applicable (D03, D04)', (text) => {
    expect(readCell(text)).toMatchObject({ state: 'na', value: null });
  });

  it('reads signed deltas with ASCII, full-width and plus signs (D06)', () => {
    expect(readCell('-5', { signed: true }).value).toBe('-5');
    expect(readCell('－18', { signed: true }).value).toBe('-18');
    expect(readCell('+1036', { signed: true }).value).toBe('1036');
  });

  it('reads full-width digits, counts with a unit and ideographic zero (D07)', () => {
    expect(readCell('１２').value).toBe('12');
    expect(readCell('21 件').value).toBe('21');
    expect(readCell('〇').value).toBe('0');
    expect(readCell('1,234').value).toBe('1234');
  });

  it('does not guess at spaced digits', () => {
    const reading = readCell('2 1');
    expect(reading).toMatchObject({ state: 'na', value: null, raw: '2 1' });
    expect(reading.flags).toContain('unparsed');
  });

  it('converts money to exact 元 by the unit in the cell or the header (D05)', () => {
    expect(readCell('2359.4197万元', { money: true })).toMatchObject({ value: '23594197', printedUnit: 'wan', raw: '2359.4197万元' });
    expect(readCell('75394432.52元', { money: true })).toMatchObject({ value: '75394432.52', printedUnit: 'yuan' });
    expect(readCell('24252.311082', { money: true, headerUnit: 'wan' })).toMatchObject({ value: '242523110.82', printedUnit: 'wan' });
    expect(readCell('0.1', { money: true, headerUnit: 'wan' }).value).toBe('1000');
    // A unit printed in the cell wins over the header's.
    expect(readCell('5000元', { money: true, headerUnit: 'wan' })).toMatchObject({ value: '5000', printedUnit: 'yuan' });
  });

  it('never assumes 万元 for bare money (T2_2019_PROC_UNIT)', () => {
    const reading = readCell('8040', { money: true });
    expect(reading).toMatchObject({ state: 'number', value: null, raw: '8040', printedUnit: null });
    expect(reading.flags).toEqual(['unit_unknown']);
  });

  it('classifies cells to tell labels from values', () => {
    expect(classifyCell('（一）予以公开')).toBe('text');
    expect(classifyCell('12')).toBe('number');
    expect(classifyCell('2359.4197万元')).toBe('number');
    expect(classifyCell('/')).toBe('na');
    expect(classifyCell(' ')).toBe('empty');
  });

  it('returns independent flag arrays for memoised readings', () => {
    const a = readCell('2 1');
    a.flags.push('collapsed');
    expect(readCell('2 1').flags).toEqual(['unparsed']);
  });
});

describe('Traditional script (D13)', () => {
  it('detects Traditional text and leaves Simplified alone', () => {
    expect(looksTraditional('開平市農業農村局2020年政府信息公開工作年度報告，本機關收到申請與處理結果')).toBe(true);
    expect(looksTraditional('开平市农业农村局2020年政府信息公开工作年度报告，本机关收到申请与处理结果')).toBe(false);
  });

  it('converts character by character', () => {
    expect(toSimplified('結轉下年度繼續辦理 總計 復議')).toBe('结转下年度继续办理 总计 复议');
  });
});
