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

  it('captions a chart of sample data under its title and draws the sample marker in the legend', () => {
    const plain = composeExportSvg('', 600, 300, meta);
    const marked = composeExportSvg('', 600, 300, {
      ...meta,
      sampleNote: '示例数据：本导出包含系统生成的样例报告',
      legend: [...meta.legend, { label: '示例数据（空心菱形）', color: '#1a1a1a', kind: 'sample' as const }],
    });
    expect(plain.svg).not.toContain('示例数据');
    expect(marked.svg).toContain('data-sample-note="true">示例数据：本导出包含系统生成的样例报告</text>');
    expect(marked.svg).toContain('>示例数据（空心菱形）</text>');
    expect(marked.svg).toMatch(/<path d="M[\d.]+ [\d.]+L/);
    expect(marked.height).toBeGreaterThan(plain.height);
  });

  it('escapes markup in labels', () => {
    expect(composeExportSvg('', 100, 100, { ...meta, title: 'a<b>&c' }).svg).toContain('a&lt;b&gt;&amp;c');
  });

  it('measures CJK wider than Latin', () => {
    expect(textWidth('巴宜区', 12)).toBe(36);
    expect(textWidth('abc', 10)).toBeCloseTo(17.4);
  });
});
