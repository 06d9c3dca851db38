import { MiniTrendChart } from '../../charts/components/MiniTrendChart';
import { formatMiniMark } from '../../charts/utils/formatMiniMark';
import { miniScaleUnit } from '../../charts/utils/miniScaleUnit';
import { type SmallMultiplesData } from '../../charts/utils/transformSeriesToSmallMultiples';
import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { MINI_CHART_HEIGHT } from '../../core/theme/constants/CHART_LAYOUT';
import { formatValue } from '../../core/utils/formatValue';

export type SmallMultiplesProps = {
  data: SmallMultiplesData;
  metricKey: string;
  testId?: string;
  unitLevel?: 'county' | 'prefecture';
};

/** One mini trend per county on a shared scale: each panel has its y-axis, and the note says the scale is one. */
export function SmallMultiples({
  data,
  metricKey,
  testId = 'small-multiples',
  unitLevel = 'county',
}: SmallMultiplesProps) {
  const { lang, t, unitLabel } = useI18n();

  return (
    <>
      <p className="mini-scale-note muted" data-testid={`${testId}-scale`}>
        {t('miniSharedScale', { unit: miniScaleUnit(metricKey, unitLabel) })}
      </p>
      <ul className="small-multiples" data-testid={testId}>
        {data.panels.map((panel) => (
          <li
            key={panel.code}
            className="mini-panel"
            data-export-panel={panel.name}
            data-testid={`mini-${panel.code}`}
          >
            <div className="mini-head">
              {/* A prefecture on a province's board drills down to its own board. */}
              <Link
                to={
                  unitLevel === 'prefecture'
                    ? { name: 'overview', params: { pref: panel.code } }
                    : { name: 'county', id: panel.code, params: {} }
                }
              >
                {panel.name}
              </Link>
              <span className="mini-latest">
                {panel.latest
                  ? `${formatValue(panel.latest.value, panel.latest.state, metricKey, lang)} (${panel.latestYear})`
                  : '—'}
              </span>
            </div>
            <MiniTrendChart
              data={panel.chart}
              height={MINI_CHART_HEIGHT}
              yDomain={data.yDomain}
              yearDomain={data.years}
              formatMark={(value) => formatMiniMark(value, metricKey)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
