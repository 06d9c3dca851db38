import { composeExportSvg, textWidth } from './buildExportSvg';

describe('composeExportSvg', () => {
  const meta = {
    title: '申请总数',
    subtitle: '林芝市 · 2019–2023',
    legend: [
      { label: '巴宜区', color: '#0072B2' },
      { label: '地市中位数', color: '#777777', dashed: '4 4', kind: 'reference' as const },
    ],
    sourceNote: '数据来源：各单位政府信息公开工作年度报告',
    dataDate: '数据日期：2026-11-27',
  };

  it('draws title, subtitle, legend and source as SVG text with a CJK font stack', () => {
    const { svg, width, height } = composeExportSvg('<svg width="600" height="300"></svg>', 600, 300, meta);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('font-family="&#39;Noto Sans CJK SC&#39;'.replace(/&#39;/g, "'"));
    for (const text of ['申请总数', '林芝市 · 2019–2023', '巴宜区', '地市中位数', '数据来源：各单位政府信息公开工作年度报告', '数据日期：2026-11-27']) expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain('stroke-dasharray="4 4"');
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(300 + 60);
  });

  it('escapes markup in labels', () => {
    expect(composeExportSvg('', 100, 100, { ...meta, title: 'a<b>&c' }).svg).toContain('a&lt;b&gt;&amp;c');
  });

  it('measures CJK wider than Latin', () => {
    expect(textWidth('巴宜区', 12)).toBe(36);
    expect(textWidth('abc', 10)).toBeCloseTo(17.4);
  });
});
