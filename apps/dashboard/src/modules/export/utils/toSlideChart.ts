import { type BriefingChart } from '@gongkai/briefing/chart-slide';

import { type ChartExportMeta } from '../types';

/** A chart card's export metadata as the slide renderer's chart (title, unit, source, date, sample note). */
export function toSlideChart(meta: ChartExportMeta): BriefingChart | null {
  if (!meta.slide || meta.slide.series.length === 0) return null;

  return {
    title: meta.title,
    subtitle: meta.subtitle || null,
    kind: meta.slide.kind,
    labels: meta.slide.labels,
    series: meta.slide.series,
    unit: meta.slide.unit,
    sourceNote: meta.sourceNote,
    dataDate: meta.dataDate,
    sampleNote: meta.sampleNote ?? null,
  };
}
