import { renderToStaticMarkup } from 'react-dom/server';

import { ReportCell } from './ReportCell';

const render = (node: React.ReactElement) => renderToStaticMarkup(<table><tbody><tr>{node}</tr></tbody></table>);

describe('ReportCell', () => {
  it('shows blank and "/" differently from 0', () => {
    const zero = render(<ReportCell cell={{ key: 'k', value: { key: 'k', value: '0', state: 'number', raw: '0', printedUnit: null, flags: [], provenance: null, box: null, ocr: null, correction: null }, findings: [] }} selectedRule={null} />);
    const blank = render(<ReportCell cell={{ key: 'k', value: { key: 'k', value: null, state: 'blank', raw: '', printedUnit: null, flags: [], provenance: null, box: null, ocr: null, correction: null }, findings: [] }} selectedRule={null} />);
    const na = render(<ReportCell cell={{ key: 'k', value: { key: 'k', value: null, state: 'na', raw: '/', printedUnit: null, flags: [], provenance: null, box: null, ocr: null, correction: null }, findings: [] }} selectedRule={null} />);
    expect(zero).toContain('class="cell cell-number"');
    expect(zero).toContain('>0</td>');
    expect(blank).toContain('cell-blank');
    expect(blank).toContain('>空白</td>');
    expect(na).toContain('cell-na');
    expect(na).toContain('>/</td>');
  });

  it('marks a cell of a failed rule and explains the rule in Chinese', () => {
    const html = render(
      <ReportCell
        cell={{
          key: 't3_new_received_tot',
          value: { key: 't3_new_received_tot', value: '9', state: 'number', raw: '9', printedUnit: null, flags: [], provenance: null, box: null, ocr: null, correction: null },
          findings: [{ id: 'f1', rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'], scope: 'report', cells: ['t3_new_received_tot'], expected: '10', actual: '9', messageZh: '总计列不平衡', messageEn: 'unbalanced' }],
        }}
        selectedRule="f1"
      />,
    );
    expect(html).toContain('cell-failed');
    expect(html).toContain('cell-selected');
    expect(html).toContain('data-failed="T3_BALANCE"');
    expect(html).toContain('总计列不平衡');
    expect(html).toContain('表三每一列：本年新收申请 + 上年结转 = 办理结果总计 + 结转下年度继续办理');
  });
});
