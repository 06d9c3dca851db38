import { useMemo } from 'react';

import { CHART_COLORS, seriesColor, seriesDash } from '../../core/theme/constants/PALETTE';
import { computeMiniTrendGeometry, MINI_VIEWBOX } from '../utils/computeMiniTrendGeometry';
import { type TrendChartData } from '../utils/transformSeriesToChartData';

export type MiniTrendChartProps = {
  data: TrendChartData;
  height: number;
  yDomain: [number, number] | null;
  yearDomain: [number, number] | null;
  /** Writes the last value and the extremes on the panel (a slide shows numbers, not only shapes), and the y-axis. */
  formatMark?: (value: number) => string;
};

/** Height of the year labels under the plot, in px. */
const AXIS_HEIGHT = 14;

/**
 * Baseline of a value label in unscaled pixels: above its point (the minimum below it), flipped where it would
 * leave the plot (into the panel's title or the year labels).
 */
function markY(kind: 'last' | 'min' | 'max', pointY: number, plotHeight: number): number {
  const above = pointY - 5;
  const below = pointY + 12;
  if (kind === 'min') return below > plotHeight ? above : below;

  return above < 10 ? below : above;
}

/**
 * A small multiple as plain SVG: a page shows one per county (dozens), and a Recharts chart each cost about
 * half a second of main-thread time on the overview. Same drawing rules as TrendChart (pieces split at breaks,
 * dashed approximate steps, gaps never joined), no tooltip. The plot stretches to the panel's width; strokes
 * and dots keep their size (non-scaling strokes), and the year labels sit in unscaled coordinates, so the
 * exported SVG looks as on screen.
 */
export function MiniTrendChart({ data, height, yDomain, yearDomain, formatMark }: MiniTrendChartProps) {
  const geometry = useMemo(
    () => computeMiniTrendGeometry(data, yearDomain, yDomain),
    [data, yearDomain, yDomain],
  );
  const years =
    yearDomain ??
    (data.rows.length
      ? [data.rows[0]?.year as number, data.rows[data.rows.length - 1]?.year as number]
      : null);
  const plotHeight = height - AXIS_HEIGHT;

  return (
    <div
      className="trend-chart mini-trend"
      data-testid="trend-chart"
      data-pieces={data.lines.length}
      data-breaks={data.breakYears.join(',')}
      data-undefined={geometry.undefinedYears.length > 0 ? geometry.undefinedYears.length : undefined}
    >
      <svg width="100%" height={height} role="img" aria-hidden="true">
        <svg
          width="100%"
          height={plotHeight}
          viewBox={`0 0 ${MINI_VIEWBOX.width} ${MINI_VIEWBOX.height}`}
          preserveAspectRatio="none"
          overflow="visible"
        >
          {formatMark &&
            geometry.ticks.map((tick) => (
              <line
                key={`grid-${tick.value}`}
                className="mini-y-grid"
                x1={0}
                x2={MINI_VIEWBOX.width}
                y1={tick.y}
                y2={tick.y}
                stroke={CHART_COLORS.grid}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          {geometry.breaks.map((x) => (
            <line
              key={`break-${x}`}
              x1={x}
              x2={x}
              y1={0}
              y2={MINI_VIEWBOX.height}
              stroke={CHART_COLORS.breakLine}
              strokeDasharray="3 3"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {geometry.undefinedYears.map((x) => (
            <line
              key={`undefined-${x}`}
              x1={x}
              x2={x}
              y1={0}
              y2={MINI_VIEWBOX.height}
              stroke={CHART_COLORS.muted}
              strokeDasharray="1 3"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {geometry.pieces.map((piece) => (
            <g key={piece.dataKey} className="mini-trend-line">
              <path
                d={piece.d}
                fill="none"
                stroke={seriesColor(piece.seriesIndex)}
                strokeWidth={1.5}
                strokeDasharray={piece.dashed ? '5 4' : seriesDash(piece.seriesIndex) || undefined}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
              />
              {piece.dots.some((dot) => !dot.sample) && (
                // Zero-length segments with round caps: dots that stay round when the plot is stretched.
                <path
                  d={piece.dots
                    .filter((dot) => !dot.sample)
                    .map((dot) => `M${dot.x} ${dot.y}h0`)
                    .join('')}
                  stroke={seriesColor(piece.seriesIndex)}
                  strokeWidth={4}
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                />
              )}
              {piece.dots.some((dot) => dot.sample) && (
                // Sample-data points: hollow rings (a wide dot with a white centre), legend 示例数据.
                <g className="sample-point">
                  <path
                    d={piece.dots
                      .filter((dot) => dot.sample)
                      .map((dot) => `M${dot.x} ${dot.y}h0`)
                      .join('')}
                    stroke={seriesColor(piece.seriesIndex)}
                    strokeWidth={7}
                    strokeLinecap="round"
                    vectorEffect="non-scaling-stroke"
                  />
                  <path
                    d={piece.dots
                      .filter((dot) => dot.sample)
                      .map((dot) => `M${dot.x} ${dot.y}h0`)
                      .join('')}
                    stroke="#ffffff"
                    strokeWidth={3.5}
                    strokeLinecap="round"
                    vectorEffect="non-scaling-stroke"
                  />
                </g>
              )}
            </g>
          ))}
        </svg>
        {/* The × over a rate that cannot be computed, in unscaled coordinates (x in % of the plot's width). */}
        {geometry.undefinedYears.map((x) => (
          <text
            key={`undefined-mark-${x}`}
            x={`${x}%`}
            y={11}
            fontSize={11}
            textAnchor="middle"
            fill={CHART_COLORS.muted}
          >
            ×
          </text>
        ))}
        {formatMark && geometry.ticks.length > 0 && (
          // The y-axis: round values at the left edge over their grid lines (in unscaled pixels, so they stay legible).
          <g className="mini-y-axis" data-axis="y" fontSize={9} fill={CHART_COLORS.axis}>
            {geometry.ticks.map((tick) => (
              <text
                key={tick.value}
                data-tick={tick.value}
                x={2}
                y={Math.max(9, (tick.y / MINI_VIEWBOX.height) * plotHeight - 2)}
              >
                {formatMark(tick.value)}
              </text>
            ))}
          </g>
        )}
        {formatMark && (
          <g className="mini-trend-marks" fontSize={10} fill={CHART_COLORS.text}>
            {geometry.marks.map((mark) => (
              <text
                key={mark.kind}
                data-mark={mark.kind}
                x={`${mark.x}%`}
                y={markY(mark.kind, (mark.y / MINI_VIEWBOX.height) * plotHeight, plotHeight)}
                textAnchor={mark.kind === 'last' ? 'end' : 'middle'}
                fontWeight={mark.kind === 'last' ? 700 : 400}
              >
                {formatMark(mark.value)}
              </text>
            ))}
          </g>
        )}
        {years && (
          <g fontSize={10} fill={CHART_COLORS.axis}>
            <text x="2%" y={height - 3}>
              {years[0]}
            </text>
            <text x="98%" y={height - 3} textAnchor="end">
              {years[1]}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
