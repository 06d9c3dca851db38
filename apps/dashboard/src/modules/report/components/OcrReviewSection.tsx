import { useState } from 'react';

import { type GraphqlRequestError, graphqlRequest } from '../../core/graphql/graphqlRequest';
import { useStoredToken } from '../../core/hooks/useStoredToken';
import { useI18n } from '../../core/i18n/useI18n';
import { navigate } from '../../core/router/useRoute';
import { type ReportDetail, type ReportValue } from '../../core/types/api';
import { CORRECT_REPORT_VALUES } from '../graphql/queries/correctReportValues';
import { OcrCellCrop } from './OcrCellCrop';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * A scanned report's review: what OCR did (banner), and beside each value it read the crop of the page at the
 * cell, its confidence, what was read and the rule that chose; low-confidence values first and marked; a
 * correction form for a token that may write (the api checks the scope); corrected values with who, when and
 * the value before. A correction is saved as a new version, which the page then shows.
 */
export function OcrReviewSection({ report }: { report: ReportDetail }) {
  const { t, metricLabel } = useI18n();
  const [token] = useStoredToken();
  const [showAll, setShowAll] = useState(false);
  const ocr = report.ocr;
  if (!ocr) return null;
  const images = new Map((report.pageImages ?? []).map((p) => [p.page, p]));
  const read = report.values.filter((v) => v.ocr);
  const toCheck = (v: ReportValue) => Boolean(v.correction) || (v.ocr?.confidence ?? 1) < ocr.threshold || Boolean(v.ocr?.chosenBy);
  // Said from the page's own data in the reader's language (reviewReasons are English lines, kept as the tooltip).
  const unconfirmed = read.filter((v) => !v.correction && (v.ocr?.confidence ?? 1) < ocr.threshold).length;
  const failingRules = [...new Set(report.findings.filter((f) => f.severity === 'ERROR' && f.scope === 'report').map((f) => f.rule))];
  const reasonsZh =
    [unconfirmed > 0 ? t('ocrUnconfirmed', { n: unconfirmed }) : '', failingRules.length > 0 ? t('ocrRulesFail', { rules: failingRules.join('、') }) : ''].filter(Boolean).join('；') ||
    (report.reviewReasons ?? []).join('；');
  const shown = (showAll ? read : read.filter(toCheck)).sort((a, b) => (a.ocr?.confidence ?? 1) - (b.ocr?.confidence ?? 1));

  return (
    <section className="card ocr-review" data-testid="ocr-review" aria-labelledby="ocr-review-title">
      <p className={`ocr-banner ${report.needsReview ? 'ocr-banner-review' : ''}`} role="note" data-testid="ocr-banner">
        {t('ocrBanner', {
          engine: ocr.engine,
          dpi: ocr.dpi,
          mean: percent(ocr.meanConfidence),
          low: ocr.lowConfidence,
          threshold: percent(ocr.threshold),
          chosen: ocr.ruleChosen,
        })}
      </p>
      <p className={report.needsReview ? 'ocr-status-review' : 'muted'} data-testid="ocr-status" title={(report.reviewReasons ?? []).join('\n')}>
        {report.needsReview ? t('ocrNeedsReview', { reasons: reasonsZh }) : t('ocrReviewed')}
      </p>
      <div className="page-head">
        <h2 id="ocr-review-title">{t('ocrValues')}</h2>
        <button type="button" className="button" onClick={() => setShowAll(!showAll)} data-testid="ocr-toggle">
          {showAll ? t('ocrShowUnsure') : t('ocrShowAll')}
        </button>
      </div>
      <ul className="ocr-list">
        {shown.map((v) => (
          <OcrValueItem key={v.key} value={v} report={report} label={metricLabel(v.key)} image={v.provenance?.page ? images.get(v.provenance.page) : undefined} threshold={ocr.threshold} token={token} />
        ))}
      </ul>
    </section>
  );
}

function OcrValueItem({ value, report, label, image, threshold, token }: { value: ReportValue; report: ReportDetail; label: string; image: ReturnType<Map<number, NonNullable<ReportDetail['pageImages']>[number]>['get']>; threshold: number; token: string }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value.value ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const low = !value.correction && (value.ocr?.confidence ?? 1) < threshold;
  const canWrite = token.trim() !== '' && report.status === 'current';

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const trimmed = draft.trim();
      const corrections = [trimmed === '' ? { key: value.key, state: 'blank' } : { key: value.key, value: trimmed }];
      const data = await graphqlRequest(CORRECT_REPORT_VALUES, { reportId: report.id, corrections, note: note.trim() || null }, { token });
      navigate({ name: 'report', id: data.correctReportValues.id, params: {} });
    } catch (e) {
      const err = e as GraphqlRequestError;
      setError(err.messageZh ?? err.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <li className={`ocr-item ${low ? 'ocr-item-low' : ''}`} data-testid="ocr-item" data-key={value.key} data-low={low ? 'true' : undefined}>
      {image && value.box ? <OcrCellCrop image={image} box={value.box} label={t('ocrCrop', { page: image.page })} /> : <span className="muted">{t('ocrNoImage')}</span>}
      <div className="ocr-facts">
        <strong>{label}</strong> <code>{value.key}</code>
        <div>
          {t('ocrConfidence')} <span className={low ? 'ocr-low' : ''}>{percent(value.ocr?.confidence ?? 0)}</span>
          {low && <span className="badge ERROR">{t('ocrLow')}</span>} · {t('ocrRead')} <code data-testid="ocr-read">{value.ocr?.read}</code>
          {value.ocr?.chosenBy ? ` · ${t('ocrChosenBy', { rule: value.ocr.chosenBy })}` : ''} · <span data-testid="ocr-value">{value.value ?? '—'}</span>
        </div>
        {value.correction && (
          <div className="ocr-corrected" data-testid="ocr-correction">
            <span className="badge">{t('corrected')}</span>{' '}
            {t('correctedBy', { who: value.correction.by, when: value.correction.at.slice(0, 16).replace('T', ' '), previous: value.correction.previous ?? '—' })}
            {value.correction.note ? `（${value.correction.note}）` : ''}
          </div>
        )}
        {canWrite ? (
          <form
            className="ocr-correct"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('correctValue')} <input value={draft} onChange={(e) => setDraft(e.target.value)} inputMode="decimal" size={10} data-testid="correct-value" />
            </label>{' '}
            <label>
              {t('correctNote')} <input value={note} onChange={(e) => setNote(e.target.value)} size={16} data-testid="correct-note" />
            </label>{' '}
            <button type="submit" className="button" disabled={saving} data-testid="correct-save">
              {t('correctSave')}
            </button>
            {error && (
              <span className="error" role="alert">
                {error}
              </span>
            )}
          </form>
        ) : (
          report.status === 'current' && <p className="muted">{t('correctNeedsToken')}</p>
        )}
      </div>
    </li>
  );
}
