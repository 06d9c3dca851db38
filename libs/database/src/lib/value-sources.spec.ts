import { decodeValueSources, encodeValueSources, isCompactValueSources } from './value-sources';

const cell = (rowLabel: string, columnLabel: string, row: number, col: number, page?: number) => ({
  table: 't3',
  rowLabel,
  columnLabel,
  tableIndex: 2,
  row,
  col,
  ...(page === undefined ? {} : { page }),
});

describe('value sources (report_value_source.sources)', () => {
  const values = [
    { key: 't3_public_np', provenance: cell('（一）予以公开', '自然人', 5, 1, 3) },
    { key: 't3_public_corp', provenance: cell('（一）予以公开', '商业 "企业"\t', 5, 2) },
    { key: 't3_public_tot', provenance: cell('（一）予以公开', '总计', 5, 8), derivedFrom: ['t3_public_np', 't3_public_corp'] },
    { key: 't3_outcome_tot', provenance: null, derivedFrom: ['t3_public_tot'] },
    { key: 't2_rule_new', provenance: null, derivedFrom: null },
  ];

  it('lists each label once and gives every value back as it was, page and derivation included', () => {
    const text = encodeValueSources(values) as string;
    expect(isCompactValueSources(text)).toBe(true);
    expect((JSON.parse(text) as { labels: string[] }).labels).toEqual(['（一）予以公开', '自然人', '商业 "企业"\t', '总计']);

    const decoded = decodeValueSources(text);
    expect(Object.fromEntries(decoded)).toEqual({
      t3_public_np: { provenance: cell('（一）予以公开', '自然人', 5, 1, 3) },
      t3_public_corp: { provenance: cell('（一）予以公开', '商业 "企业"\t', 5, 2) },
      t3_public_tot: { provenance: cell('（一）予以公开', '总计', 5, 8), derivedFrom: ['t3_public_np', 't3_public_corp'] },
      t3_outcome_tot: { derivedFrom: ['t3_public_tot'] },
    });
    expect(decoded.has('t2_rule_new')).toBe(false);
    expect('page' in (decoded.get('t3_public_corp')?.provenance ?? {})).toBe(false);
  });

  it('is null for a report none of whose values has a source', () => {
    expect(encodeValueSources([{ key: 'a', provenance: null, derivedFrom: null }])).toBeNull();
  });

  it('still reads format 1 (one object a value, labels repeated)', () => {
    const format1 = JSON.stringify({ t3_public_np: { provenance: cell('（一）予以公开', '自然人', 5, 1) }, t3_public_tot: { derivedFrom: ['t3_public_np'] } });
    expect(isCompactValueSources(format1)).toBe(false);
    expect(Object.fromEntries(decodeValueSources(format1))).toEqual({
      t3_public_np: { provenance: cell('（一）予以公开', '自然人', 5, 1) },
      t3_public_tot: { derivedFrom: ['t3_public_np'] },
    });
  });

  it('refuses text that is not a sources object, and a label index out of range, rather than reading "no source"', () => {
    expect(() => decodeValueSources('[1,2]')).toThrow('not a JSON object');
    expect(() => decodeValueSources('{"v":2,"labels":["a"],"p":{"k":["t3",0,4,1,1,1]},"d":{}}')).toThrow('label 4 of 1');
  });

  it('is less than half the size of format 1 for a full Table 3', () => {
    const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const rows = Array.from({ length: 38 }, (_, i) => `（${i}）某一类处理结果的较长行标签`);
    const all = rows.flatMap((r, i) => columns.map((c, j) => ({ key: `t3_${i}_${j}`, provenance: cell(r, c, i, j) })));
    const format1 = JSON.stringify(Object.fromEntries(all.map((v) => [v.key, { provenance: v.provenance }])));
    expect((encodeValueSources(all) as string).length).toBeLessThan(format1.length / 2);
  });

  describe('OCR readings, cell rectangles and corrections (optional maps of format 2)', () => {
    const box: [number, number, number, number] = [0.1, 0.25, 0.2, 0.28];
    const scanned = [
      { key: 't3_public_np', provenance: { ...cell('（一）予以公开', '自然人', 5, 1, 2), box }, ocr: { confidence: 0.62, read: '18', chosenBy: 'T3_ROW_TOTAL' } },
      { key: 't3_public_corp', provenance: cell('（一）予以公开', '商业企业', 5, 2, 2), ocr: { confidence: 0.97, read: '3' } },
      {
        key: 't3_public_tot',
        provenance: cell('（一）予以公开', '总计', 5, 8, 2),
        ocr: { confidence: 0.41, read: '2l' },
        correction: { previous: '2', previousState: 'number', by: 'editor-a', at: '2026-12-08T03:00:00.000Z', note: '对照原件' },
      },
      { key: 't3_outcome_tot', provenance: null, derivedFrom: ['t3_public_tot'], correction: { previous: null, previousState: 'blank', by: 'admin', at: '2026-12-08T03:01:00.000Z' } },
    ];

    it('gives back each reading, rectangle and correction as it was, and nothing for values without them', () => {
      const decoded = decodeValueSources(encodeValueSources(scanned) as string);
      expect(Object.fromEntries(decoded)).toEqual({
        t3_public_np: { provenance: { ...cell('（一）予以公开', '自然人', 5, 1, 2), box }, ocr: { confidence: 0.62, read: '18', chosenBy: 'T3_ROW_TOTAL' } },
        t3_public_corp: { provenance: cell('（一）予以公开', '商业企业', 5, 2, 2), ocr: { confidence: 0.97, read: '3' } },
        t3_public_tot: {
          provenance: cell('（一）予以公开', '总计', 5, 8, 2),
          ocr: { confidence: 0.41, read: '2l' },
          correction: { previous: '2', previousState: 'number', by: 'editor-a', at: '2026-12-08T03:00:00.000Z', note: '对照原件' },
        },
        t3_outcome_tot: { derivedFrom: ['t3_public_tot'], correction: { previous: null, previousState: 'blank', by: 'admin', at: '2026-12-08T03:01:00.000Z' } },
      });
      expect('box' in (decoded.get('t3_public_corp')?.provenance ?? {})).toBe(false);
      expect('chosenBy' in (decoded.get('t3_public_corp')?.ocr ?? {})).toBe(false);
    });

    it('writes the maps only when some value has one (a text-layer report stays as it was)', () => {
      const text = encodeValueSources(values) as string;
      expect(Object.keys(JSON.parse(text) as object)).toEqual(['v', 'labels', 'p', 'd']);
      const onlyOcr = JSON.parse(encodeValueSources([scanned[1] as (typeof scanned)[number]]) as string) as object;
      expect(Object.keys(onlyOcr)).toEqual(['v', 'labels', 'p', 'd', 'o']);
    });

    it('still reads a format 2 row written before the maps existed', () => {
      const old = '{"v":2,"labels":["（一）予以公开","自然人"],"p":{"t3_public_np":["t3",0,1,2,5,1]},"d":{}}';
      expect(Object.fromEntries(decodeValueSources(old))).toEqual({ t3_public_np: { provenance: cell('（一）予以公开', '自然人', 5, 1) } });
    });

    it('refuses a rectangle without its cell rather than dropping it', () => {
      expect(() => decodeValueSources('{"v":2,"labels":[],"p":{},"d":{},"b":{"k":[0,0,1,1]}}')).toThrow('box for k without its cell');
    });
  });
});
