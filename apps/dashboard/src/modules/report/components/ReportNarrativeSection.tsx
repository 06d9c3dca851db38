import { useEffect, useRef } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { type ReportNarrative } from '../../core/types/api';

export type ReportNarrativeSectionProps = { narrative: ReportNarrative | null; highlightStart: number | null };

/** The report's text section by section; the paragraph an assessment's evidence points at is marked and scrolled to. */
export function ReportNarrativeSection({ narrative, highlightStart }: ReportNarrativeSectionProps) {
  const { t } = useI18n();
  const marked = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => {
    marked.current?.scrollIntoView?.({ block: 'center' });
  }, [highlightStart, narrative]);

  return (
    <section className="card narrative" data-testid="narrative">
      <h2>{t('narrative')}</h2>
      {narrative === null ? (
        <p className="muted">{t('narrativeMissing')}</p>
      ) : (
        narrative.sections.map((section) => (
          <div key={section.numeral} data-section={section.numeral}>
            <h3>{section.heading}</h3>
            {section.paragraphs.map((p) => {
              const hit = p.start === highlightStart;

              return (
                <p key={p.start} ref={hit ? marked : undefined} className={hit ? 'highlight' : undefined} data-start={p.start}>
                  {p.text}
                </p>
              );
            })}
          </div>
        ))
      )}
    </section>
  );
}
