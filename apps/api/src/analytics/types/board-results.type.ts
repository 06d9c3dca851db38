import { type BoardComposition, type BoardFamily, type Comparability, type Metric, type TemplateId, type ValueState } from '@gongkai/domain';

import { type PointState } from '../../core/graphql/enums/point-state.enum';
import { type RegionRow } from '../../regions/types/region-row.type';
import { type YearOverYearFields } from './analytics-results.type';

/** The primary current report of a region-year, as the board's query reads it. */
export type BoardReportCell = { regionCode: string; year: number; reportId: string; template: TemplateId; sampleData: boolean };

/** One stored value of a board metric (or of a rate's numerator and denominator). */
export type BoardValueCell = { regionCode: string; year: number; metricKey: string; value: string | null; state: ValueState };

export type BoardRankFields = {
  /** Competition rank (1, 2, 2, 4) among the regions with a known value that year, largest first. */
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank (positive: moved up); null when either is unknown or the step is a break. */
  rankChange: number | null;
};

export type BoardPointResult = YearOverYearFields &
  BoardRankFields & {
    year: number;
    reportId: string | null;
    template: TemplateId | null;
    value: string | null;
    state: PointState;
    sampleData: boolean;
    /** Province level: counties with a known value summed into this prefecture's point, of its counties (null for a county). */
    memberCount: number | null;
    memberTotal: number | null;
  };

export type BoardLikeForLikeResult = {
  fromYear: number;
  toYear: number;
  regionCount: number;
  excludedRegions: RegionRow[];
  /** The total of the later year over the step's regions only. */
  value: string | null;
  previousValue: string | null;
};

export type BoardTotalResult = YearOverYearFields & {
  year: number;
  /** Sum (a rate: Σ numerator ÷ Σ denominator) over every region with a known value that year. */
  value: string | null;
  /** number; undefined for a rate whose summed denominator is 0; missing when no region has a value. */
  state: 'number' | 'undefined' | 'missing';
  regionCount: number;
  regionTotal: number;
  median: string | null;
  sampleData: boolean;
  /** The step from the year before, over the regions known in both; the change fields are this step's. */
  likeForLike: BoardLikeForLikeResult | null;
};

export type BoardRankingEntryResult = BoardRankFields & {
  region: RegionRow;
  value: string | null;
  state: PointState;
  comparability: Comparability | null;
  sampleData: boolean;
};

export type BoardMetricResult = {
  metric: Metric;
  /** The years of the range in which the metric exists (null when none). */
  yearsFrom: number | null;
  yearsTo: number | null;
  totals: BoardTotalResult[];
  counties: { region: RegionRow; points: BoardPointResult[] }[];
  rankYear: number | null;
  ranking: BoardRankingEntryResult[];
};

export type BoardCompositionYearResult = {
  year: number;
  /** Regions with every part known that year: the only ones summed. */
  regionCount: number;
  regionTotal: number;
  total: string | null;
  sampleData: boolean;
  shares: { metricKey: string; value: string | null; share: number | null }[];
};

export type BoardCompositionResult = { composition: BoardComposition; parts: Metric[]; years: BoardCompositionYearResult[] };

export type BoardFamilyResult = { family: BoardFamily; metrics: BoardMetricResult[]; compositions: BoardCompositionResult[] };

export type BoardResult = {
  parent: RegionRow;
  yearFrom: number;
  yearTo: number;
  /** The level of the units of the series and rankings: county, or prefecture on a province's board. */
  level: 'county' | 'prefecture';
  /** The units (counties, or a province's prefectures). */
  regions: RegionRow[];
  /** Counties the totals are computed over. */
  countyCount: number;
  families: BoardFamilyResult[];
};
