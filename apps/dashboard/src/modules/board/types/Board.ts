import { type Comparability, type TemplateId } from '@gongkai/domain';

import { type Decimal, type PointState, type RegionRef } from '../../core/types/api';

export type BoardPoint = {
  year: number;
  reportId: string | null;
  template: TemplateId | null;
  value: Decimal | null;
  state: PointState;
  change: Decimal | null;
  changePct: number | null;
  changePp: number | null;
  comparability: Comparability | null;
  sampleData: boolean;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  /** Province level: the prefecture's counties summed into this point, of its counties (null for a county). */
  memberCount: number | null;
  memberTotal: number | null;
};

export type BoardTotal = {
  year: number;
  value: Decimal | null;
  state: PointState;
  regionCount: number;
  regionTotal: number;
  median: Decimal | null;
  change: Decimal | null;
  changePct: number | null;
  changePp: number | null;
  comparability: Comparability | null;
  sampleData: boolean;
  likeForLike: { fromYear: number; toYear: number; regionCount: number; excludedRegions: RegionRef[]; value: Decimal | null; previousValue: Decimal | null } | null;
};

export type BoardRankingEntry = {
  region: RegionRef;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  value: Decimal | null;
  state: PointState;
  comparability: Comparability | null;
  sampleData: boolean;
};

export type BoardMetric = {
  metric: { key: string };
  yearsFrom: number | null;
  yearsTo: number | null;
  rankYear: number | null;
  totals: BoardTotal[];
  counties: { region: RegionRef; points: BoardPoint[] }[];
  ranking: BoardRankingEntry[];
};

export type BoardCompositionYear = {
  year: number;
  regionCount: number;
  regionTotal: number;
  total: Decimal | null;
  sampleData: boolean;
  shares: { metricKey: string; value: Decimal | null; share: number | null }[];
};

export type BoardComposition = { id: string; labelZh: string; labelEn: string; parts: { key: string }[]; years: BoardCompositionYear[] };

export type BoardFamily = {
  id: string;
  labelZh: string;
  labelEn: string;
  templateNoteZh: string | null;
  templateNoteEn: string | null;
  metrics: BoardMetric[];
  compositions: BoardComposition[];
};

export type Board = {
  parent: RegionRef;
  yearFrom: number;
  yearTo: number;
  /** The units of the series and rankings: counties, or a province's prefectures. */
  level: 'county' | 'prefecture';
  countyCount: number;
  regions: RegionRef[];
  families: BoardFamily[];
};
