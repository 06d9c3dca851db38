import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { useI18n } from '../../core/i18n/useI18n';
import { CHART_MARGIN } from '../../core/theme/constants/CHART_LAYOUT';
import { CHART_COLORS, seriesColor, seriesDash } from '../../core/theme/constants/PALETTE';
import { formatValue, stateLabel } from '../../core/utils/formatValue';
import { diamondPath } from '../../export/utils/buildExportSvg';
import { type ChartRow, type TrendChartData, type TrendMode } from '../utils/transformSeriesToChartData';

type DotProps = { cx?: number; cy?: number; payload?: ChartRow; index?: number };

export type TrendChartProps = {
  data: TrendChartData;
  metricKey: string;
  mode?: TrendMode;
  logScale?: boolean;
  height?: number;
  yDomain?: [number, number] | null;
  yearDomain?: [number, number] | null;
  referenceY?: { value: number; label: string } | null;
};

function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${(value / 1e8).toFixed(1)}亿`;
  if (abs >= 1e4) return `${(value / 1e4).toFixed(abs >= 1e5 ? 0 : 1)}万`;

  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Presentational line chart: pieces split at breaks, dashed approximate steps, gaps for missing values. */
export function TrendChart({
  data,
  metricKey,
  mode = 'value',
  logScale = false,
  height = 320,
  yDomain = null,
  yearDomain = null,
  referenceY = null,
}: TrendChartProps) {
  const { t, lang } = useI18n();
  const years = data.rows.map((r) => r.year);
  const domain = yearDomain ?? (years.length ? [years[0], years[years.length - 1]] : [0, 1]);
  const ticks: number[] = [];
  for (let y = domain[0]; y <= domain[1]; y += 1) ticks.push(y);
  const useLog = logScale && data.allPositive && mode === 'value';
  const ratio = metricKey.startsWith('rate_');
  // Years where a series has a rate that cannot be computed (denominator 0): a gap with a × on top, never a 0.
  const undefinedYears = [...new Set(data.gaps.filter((g) => g.state === 'undefined').map((g) => g.year))].sort((a, b) => a - b);
  const samples = new Set(data.samplePoints);
  // Sample-data points are hollow diamonds (legend 示例数据), real ones filled circles: told apart in print too.
  const dotOf = (regionCode: string, dataKey: string, color: string) =>
    function Dot({ cx, cy, payload, index }: DotProps) {
      const key = `${dataKey}-${index ?? 0}`;
      if (cx === undefined || cy === undefined || !payload || payload[dataKey] === null || payload[dataKey] === undefined) return <g key={key} />;
      if (samples.has(`${regionCode}|${payload.year}`)) {
        return <path key={key} d={diamondPath(cx, cy, 5)} fill="#ffffff" stroke={color} strokeWidth={1.5} className="sample-point" data-sample-point={`${regionCode}|${payload.year}`} />;
      }

      return <circle key={key} cx={cx} cy={cy} r={3} strokeWidth={1} stroke={color} fill={color} />;
    };

  return (
    <div
      className="trend-chart"
      data-testid="trend-chart"
      data-pieces={data.lines.length}
      data-breaks={data.breakYears.join(',')}
      data-undefined={undefinedYears.join(',')}
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data.rows} margin={CHART_MARGIN}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={domain}
            ticks={ticks}
            allowDecimals={false}
            tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            stroke={CHART_COLORS.axis}
            padding={{ left: 12, right: 12 }}
          />
          <YAxis
            scale={useLog ? 'log' : 'auto'}
            domain={useLog ? ['auto', 'auto'] : (yDomain ?? ['auto', 'auto'])}
            allowDataOverflow={useLog}
            tickFormatter={(v: number) =>
              ratio && mode !== 'changePct'
                ? `${formatTick(v)}${mode === 'value' ? '%' : ''}`
                : mode === 'changePct'
                  ? `${formatTick(v)}%`
                  : formatTick(v)
            }
            tick={{ fontSize: 12, fill: CHART_COLORS.axis }}
            stroke={CHART_COLORS.axis}
            width={56}
          />
          {data.breakYears.map((year) => (
            <ReferenceLine
              key={`break-${year}`}
              x={year - 0.5}
              stroke={CHART_COLORS.breakLine}
              strokeDasharray="3 3"
              label={{
                value: t('notComparable')
                  .replace(/（.*）|\(.*\)/, '')
                  .trim(),
                position: 'insideTopRight',
                fontSize: 11,
                fill: CHART_COLORS.muted,
              }}
            />
          ))}
          {undefinedYears.map((year) => (
            <ReferenceLine
              key={`undefined-${year}`}
              x={year}
              stroke={CHART_COLORS.muted}
              strokeDasharray="1 3"
              label={{ value: '×', position: 'insideTop', fontSize: 14, fill: CHART_COLORS.muted }}
            />
          ))}
          {referenceY && (
            <ReferenceLine
              y={referenceY.value}
              stroke={CHART_COLORS.reference}
              strokeDasharray="6 4"
              label={{
                value: referenceY.label,
                position: 'insideTopLeft',
                fontSize: 11,
                fill: CHART_COLORS.muted,
              }}
            />
          )}
          <Tooltip
            content={({ active, label }: { active?: boolean; label?: unknown }) => {
              if (!active || typeof label !== 'number') return null;
              const infos = data.lookup[label] ?? [];

              return (
                <div className="chart-tooltip">
                  <strong>{label}</strong>
                  <ul>
                    {infos.map((info) => {
                      const region = data.regions.find((r) => r.code === info.regionCode);
                      const hasY = info.y !== null;
                      let text: string;
                      if (mode === 'value' || !hasY)
                        text = hasY
                          ? formatValue(info.point.value, info.point.state, metricKey, lang)
                          : info.point.value === null ||
                              info.point.state === 'blank' ||
                              info.point.state === 'na' ||
                              info.point.state === 'missing' ||
                              info.point.state === 'undefined'
                            ? stateLabel(info.point.state, lang)
                            : info.point.comparability === 'break'
                              ? t('notComparable')
                              : '—';
                      else
                        text = `${(info.y as number) > 0 ? '+' : ''}${formatTick(info.y as number)}${mode === 'changePct' ? '%' : ratio ? (lang === 'en' ? ' pp' : '个百分点') : ''}`;

                      return (
                        <li key={info.regionCode}>
                          <span
                            className="tooltip-swatch"
                            style={{ background: seriesColor(region?.seriesIndex ?? 0) }}
                          />
                          {info.regionName}：{text}
                          {info.point.comparability === 'break' && hasY && mode === 'value'
                            ? ` · ${t('notComparable')}`
                            : ''}
                          {info.point.comparability === 'approximate' ? ` · ${t('approximate')}` : ''}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            }}
          />
          {data.lines.map((line) => (
            <Line
              key={line.dataKey}
              dataKey={line.dataKey}
              name={line.regionName}
              type="linear"
              stroke={seriesColor(line.seriesIndex)}
              strokeWidth={2}
              strokeDasharray={line.dashed ? '5 4' : seriesDash(line.seriesIndex) || undefined}
              dot={line.dashed ? false : dotOf(line.regionCode, line.dataKey, seriesColor(line.seriesIndex))}
              activeDot={line.dashed ? false : { r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
              legendType="none"
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
