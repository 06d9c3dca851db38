import { type SeriesPoint } from '../../core/types/api';
import { countySeries, seriesPoint } from '../testing/seriesFixtures';
import { computeMiniTicks, computeMiniTrendGeometry } from './computeMiniTrendGeometry';
import { transformSeriesToChartData } from './transformSeriesToChartData';

const chart = (points: SeriesPoint[]) =>
  transformSeriesToChartData([countySeries('540402', points)], 't3_new_received_tot');

describe('computeMiniTrendGeometry', () => {
  it('places the first and last year inside the padding and the shared y domain top to bottom', () => {
    const geometry = computeMiniTrendGeometry(
      chart([seriesPoint(2019, '0', 'number', null), seriesPoint(2025, '30', 'number', 'same')]),
      [2019, 2025],
      [0, 30],
    );
    // 2019 and 2025 are not neighbours: two lone values, two dots, no line between them.
    expect(geometry.pieces.map((piece) => piece.d)).toEqual(['M7 92', 'M93 8']);
    expect(geometry.pieces.flatMap((piece) => piece.dots)).toEqual([
      { x: 7, y: 92 },
      { x: 93, y: 8 },
    ]);
  });

  it('splits at a break (marked halfway between the years), dashes an approximate step, and leaves a gap for a blank', () => {
    const geometry = computeMiniTrendGeometry(
      chart([
        seriesPoint(2019, '10', 'number', null),
        seriesPoint(2020, '20', 'number', 'same'),
        seriesPoint(2021, '15', 'number', 'break'),
        seriesPoint(2022, '18', 'number', 'approximate'),
        seriesPoint(2023, null, 'blank', 'same'),
        seriesPoint(2024, '12', 'number', 'same'),
      ]),
      [2019, 2025],
      [0, 30],
    );
    expect(geometry.breaks).toEqual([50.0 - 21.5]);
    const solid = geometry.pieces.filter((piece) => !piece.dashed);
    const dashed = geometry.pieces.filter((piece) => piece.dashed);
    // 2019–2020 | 2021 | 2022 | 2024, and the approximate 2021→2022 step on its own, dashed and without dots.
    expect(solid.map((piece) => piece.d.split('M').length - 1)).toEqual([1, 1, 1, 1]);
    expect(solid[0]?.d).toMatch(/^M7 \S+ L\S+ \S+$/);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]?.dots).toEqual([]);
    // Nothing is drawn for 2023: no piece has a point at its x.
    const x2023 = String(7 + (4 / 6) * 86).slice(0, 5);
    expect(geometry.pieces.some((piece) => piece.d.includes(`${x2023} `))).toBe(false);
  });

  it('scales a panel on its own values when no shared domain is given, and survives an empty or flat series', () => {
    const own = computeMiniTrendGeometry(
      chart([seriesPoint(2020, '5', 'number', null), seriesPoint(2021, '7', 'number', 'same')]),
      null,
      null,
    );
    expect(own.pieces[0]?.dots.map((dot) => dot.y)).toEqual([92, 8]);
    expect(computeMiniTrendGeometry(chart([seriesPoint(2020, null, 'missing', null)]), null, null)).toEqual({
      pieces: [],
      breaks: [],
      undefinedYears: [],
      marks: [],
      ticks: [],
    });
    const flat = computeMiniTrendGeometry(
      chart([seriesPoint(2020, '4', 'number', null), seriesPoint(2021, '4', 'number', 'same')]),
      null,
      null,
    );
    expect(flat.pieces[0]?.dots.every((dot) => Number.isFinite(dot.y))).toBe(true);
  });

  it('marks a year whose rate cannot be computed (denominator 0) at its x, and draws nothing there', () => {
    const geometry = computeMiniTrendGeometry(
      chart([seriesPoint(2020, '0.5', 'derived', null), seriesPoint(2021, null, 'undefined', 'same'), seriesPoint(2022, '0.25', 'derived', 'same')]),
      null,
      null,
    );
    expect(geometry.undefinedYears).toEqual([50]);
    expect(geometry.pieces.some((piece) => piece.dots.some((dot) => dot.x === 50))).toBe(false);
  });
  it('marks the last value, and the maximum and minimum where they are other years', () => {
    const geometry = computeMiniTrendGeometry(
      chart([seriesPoint(2019, '10', 'number', null), seriesPoint(2020, '30', 'number', 'same'), seriesPoint(2021, '5', 'number', 'same'), seriesPoint(2022, '20', 'number', 'same')]),
      [2019, 2022],
      [0, 30],
    );
    expect(geometry.marks.map((m) => [m.kind, m.value])).toEqual([
      ['last', 20],
      ['max', 30],
      ['min', 5],
    ]);
    expect(computeMiniTrendGeometry(chart([seriesPoint(2019, null, 'missing', null)]), [2019, 2019], null).marks).toEqual([]);
  });

  it('gives a y-axis of round values on the shared domain, placed where the values are drawn', () => {
    const geometry = computeMiniTrendGeometry(
      chart([seriesPoint(2019, '0', 'number', null), seriesPoint(2025, '30', 'number', 'same')]),
      [2019, 2025],
      [0, 30],
    );
    expect(geometry.ticks).toEqual([
      { value: 0, y: 92 },
      { value: 20, y: 36 },
    ]);
    // The tick of a value sits exactly where a dot of that value is drawn.
    expect(geometry.pieces.flatMap((p) => p.dots).find((d) => d.y === 92)).toBeDefined();
  });
});

describe('computeMiniTicks', () => {
  it('steps by 1, 2 or 5 × 10^n inside the range', () => {
    expect(computeMiniTicks(0, 30)).toEqual([0, 20]);
    expect(computeMiniTicks(0, 100)).toEqual([0, 50, 100]);
    expect(computeMiniTicks(0, 1234)).toEqual([0, 1000]);
    expect(computeMiniTicks(0.2, 0.9)).toEqual([0.5]);
    expect(computeMiniTicks(0, 0.3)).toEqual([0, 0.2]);
    expect(computeMiniTicks(-40, 60)).toEqual([0, 50]);
  });

  it('is empty for a range that is not one', () => {
    expect(computeMiniTicks(5, 5)).toEqual([]);
    expect(computeMiniTicks(Infinity, -Infinity)).toEqual([]);
  });
});
