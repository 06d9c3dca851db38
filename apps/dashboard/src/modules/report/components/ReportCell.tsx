import { getRule, type RuleId } from '@gongkai/domain';

import { useI18n } from '../../core/i18n/useI18n';
import { stateLabel } from '../../core/utils/formatValue';
import { type PageImage } from '../../core/types/api';
import { type TableCell } from '../utils/buildReportTables';
import { OcrCellCrop } from './OcrCellCrop';

export type ReportCellProps = { cell: TableCell; selectedRule: string | null; colSpan?: number; /** OCR reports: a value read below it is marked. */ ocrThreshold?: number | null; /** Named by the assessment's evidence (the page's `cells` parameter). */ highlighted?: boolean; /** OCR reports: page images by page number, for the crop beside a read cell. */ pages?: ReadonlyMap<number, PageImage> };

function ruleText(rule: string, lang: 'zh' | 'en'): string {
  try {
    const def = getRule(rule as RuleId);

    return lang === 'en' ? def.en : def.zh;
  } catch {
    return rule;
  }
}

/**
 * One printed cell: the raw text as printed, its state (blank and "/" look different from 0), and a
 * highlight with the rule explained when a failed check involves it.
 */
export function ReportCell({ cell, selectedRule, colSpan, highlighted = false, ocrThreshold = null, pages }: ReportCellProps) {
  const { lang } = useI18n();
  const v = cell.value;
  const state = v ? v.state : 'missing';
  const failed = cell.findings.length > 0;
  const classes = ['cell', `cell-${state}`];
  if (failed) classes.push('cell-failed');
  const corrected = v?.flags.includes('corrected') ?? false;
  const unsure = !corrected && ocrThreshold !== null && v?.ocr != null && v.ocr.confidence < ocrThreshold;
  if (corrected) classes.push('cell-corrected');
  if (unsure) classes.push('cell-ocr-low');
  if ((selectedRule && cell.findings.some((f) => f.id === selectedRule)) || highlighted) classes.push('cell-selected');
  const explanation = cell.findings.map((f) => `${f.rule}：${lang === 'en' ? f.messageEn : f.messageZh}（${ruleText(f.rule, lang)}）`).join('\n');
  let text: string;
  if (!v) text = '';
  else if (v.state === 'blank') text = stateLabel('blank', lang);
  else if (v.state === 'na') text = v.raw.trim() || stateLabel('na', lang);
  // A computed rate over 0: its raw is the formula, the reader needs the reason there is no number.
  else if (v.state === 'undefined') text = stateLabel('undefined', lang);
  // A corrected value shows the person's value: the printed (or OCR-read) text is what it replaced.
  else if (corrected) text = v.value ?? '';
  else text = v.raw.trim() || v.value || '';
  // A value read from a page image shows that part of the page beside the cell on hover or focus: what is printed.
  const page = v?.ocr && v.box && v.provenance?.page != null ? pages?.get(v.provenance.page) : undefined;
  const label = `${cell.key} · ${v ? stateLabel(v.state, lang) : stateLabel('missing', lang)}${v?.value !== null && v?.value !== undefined ? ` · ${v.value}` : ''}`;

  return (
    <td
      className={classes.join(' ')}
      colSpan={colSpan}
      data-key={cell.key}
      data-state={state}
      data-ocr={v?.ocr ? (unsure ? 'low' : 'ok') : undefined}
      data-corrected={corrected ? 'true' : undefined}
      data-failed={failed ? cell.findings.map((f) => f.rule).join(' ') : undefined}
      title={failed ? `${label}\n${explanation}` : label}
      tabIndex={failed || page ? 0 : undefined}
      aria-label={failed ? `${text} — ${explanation}` : undefined}
    >
      {text}
      {unsure && <sup className="ocr-mark">?</sup>}
      {corrected && <sup className="corrected-mark">✎</sup>}
      {(v?.state === 'derived' || v?.state === 'undefined') && <sup aria-hidden="true">*</sup>}
      {page && v?.box && v.ocr && (
        <span className="cell-crop-pop" data-testid="cell-crop-pop">
          <OcrCellCrop image={page} box={v.box} label={`${cell.key} · ${lang === 'en' ? 'page' : '第'} ${page.page}${lang === 'en' ? '' : ' 页'}`} />
          <span className="cell-crop-note">
            {lang === 'en' ? 'read' : '识别'}「{v.ocr.read}」 · {Math.round(v.ocr.confidence * 100)}%
          </span>
        </span>
      )}
    </td>
  );
}
