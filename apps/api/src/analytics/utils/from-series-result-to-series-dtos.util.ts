import { fromMetricToMetricDto } from '../../metrics/utils/from-metric-to-metric-dto.util';
import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { SeriesPointDto } from '../dtos/series-point.dto';
import { SeriesDto } from '../dtos/series.dto';
import { type SeriesResult } from '../types/analytics-results.type';

export function fromSeriesResultToSeriesDtos(result: SeriesResult): SeriesDto[] {
  const metric = fromMetricToMetricDto(result.metric);

  return result.series.map(({ region, points }) =>
    Object.assign(new SeriesDto(), {
      region: fromRegionRowToRegionDto(region),
      metric,
      points: points.map((point) => Object.assign(new SeriesPointDto(), point)),
    }),
  );
}
