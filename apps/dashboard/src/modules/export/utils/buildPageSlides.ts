import { buildChartsPptx } from '@gongkai/briefing/chart-slide';

import { type RegisteredChart } from './chartRegistry';
import { downloadBlob, safeFileName } from './download';
import { PPTX_TYPE } from './runExport';
import { toSlideChart } from './toSlideChart';

/** The page's charts that carry their numbers, one native-chart slide each, in mount order. Returns the slide count. */
export async function buildPageSlides(
  charts: readonly RegisteredChart[],
  title: string,
  fileName: string,
): Promise<number> {
  const slides = charts.map((chart) => toSlideChart(chart.meta())).filter((chart) => chart !== null);
  if (slides.length === 0) throw new Error('no chart data');
  downloadBlob(
    new Blob([(await buildChartsPptx(slides, title)) as BlobPart], { type: PPTX_TYPE }),
    `${safeFileName(fileName)}.pptx`,
  );

  return slides.length;
}
