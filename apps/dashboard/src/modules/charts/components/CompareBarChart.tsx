import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { CHART_MARGIN } from '../../core/theme/constants/CHART_LAYOUT';
import { CHART_COLORS, seriesColor } from '../../core/theme/constants/PALETTE';
import { type CompareBars } from '../../compare/utils/transformRankingToBars';

export type CompareBarChartProps = { data: CompareBars; medianLabel: string; height?: number; ratio?: boolean };

/** Counties side by side for one metric and year; the prefecture median as a dashed reference line. */
export function CompareBarChart({ data, medianLabel, height = 260, ratio = false }: CompareBarChartProps) {
  return (
    <div data-testid="compare-bars">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data.bars} margin={{ ...CHART_MARGIN, top: 20, right: 96 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12, fill: CHART_COLORS.axis }} stroke={CHART_COLORS.axis} interval={0} />
          <YAxis tick={{ fontSize: 12, fill: CHART_COLORS.axis }} stroke={CHART_COLORS.axis} width={56} tickFormatter={(v: number) => (ratio ? `${v}%` : String(v))} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as { label: string }).label, '']} cursor={{ fill: CHART_COLORS.grid }} />
          {data.median !== null && (
            <ReferenceLine y={data.median} stroke={CHART_COLORS.reference} strokeDasharray="6 4" label={{ value: `${medianLabel} ${Math.round(data.median * 10) / 10}${ratio ? '%' : ''}`, position: 'right', fontSize: 11, fill: CHART_COLORS.muted }} />
          )}
          <Bar dataKey="value" isAnimationActive={false}>
            {data.bars.map((bar, i) => (
              <Cell
                key={bar.code}
                fill={seriesColor(i)}
                // Sample data: pale with a dashed outline (legend 示例数据), never looking like a real figure.
                {...(bar.sample ? { fillOpacity: 0.35, stroke: seriesColor(i), strokeDasharray: '4 2', className: 'sample-bar' } : {})}
              />
            ))}
            <LabelList dataKey="label" position="top" fontSize={11} fill={CHART_COLORS.text} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
