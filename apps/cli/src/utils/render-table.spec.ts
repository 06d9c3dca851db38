import { displayWidth, padEndDisplay } from './display-width';
import { renderTable } from './render-table';

describe('displayWidth', () => {
  it('counts CJK ideographs and full-width punctuation as two columns, ASCII as one', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('错误')).toBe(4);
    expect(displayWidth('（一）予以公开')).toBe(14);
    expect(displayWidth('T3_BALANCE 严格')).toBe(15);
  });

  it('pads to a display width, not a code-unit length', () => {
    expect(padEndDisplay('错误', 6)).toBe('错误  ');
    expect(padEndDisplay('error', 6)).toBe('error ');
    expect(padEndDisplay('太长的文字', 4)).toBe('太长的文字');
  });
});

describe('renderTable', () => {
  it('aligns columns by display width when cells mix Chinese and ASCII', () => {
    const text = renderTable(
      ['规则', '级别', '说明'],
      [
        ['T3_BALANCE', '错误', '表三不平衡'],
        ['T2_REG_LEVEL', 'warning', 'x'],
      ],
    );
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    // The third column starts at the same display column on every line.
    const starts = lines.filter((_, i) => i !== 1).map((line) => {
      const third = line.lastIndexOf('  ') + 2;

      return displayWidth(line.slice(0, third));
    });
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toBe(12 + 2 + 7 + 2);
    expect(lines[1]).toBe(`${'-'.repeat(12)}  ${'-'.repeat(7)}  ${'-'.repeat(10)}`);
  });

  it('keeps each row on one line and leaves no trailing spaces', () => {
    const text = renderTable(['a', 'b'], [['多行\n文字', '']]);
    // '多行 文字' is 9 columns wide: 4 + 1 + 4.
    expect(text.split('\n')).toEqual([`a${' '.repeat(8)}  b`, `${'-'.repeat(9)}  -`, '多行 文字', '']);
  });
});
