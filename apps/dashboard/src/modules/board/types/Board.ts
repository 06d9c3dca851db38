import { type GetBoardQuery } from '../../../gql/graphql';

// The board's parts, derived from the generated result of GET_BOARD (one request, the four families at once).
export type Board = GetBoardQuery['board'];
export type BoardFamily = Board['families'][number];
export type BoardMetric = BoardFamily['metrics'][number];
export type BoardTotal = BoardMetric['totals'][number];
export type BoardPoint = BoardMetric['counties'][number]['points'][number];
export type BoardRankingEntry = BoardMetric['ranking'][number];
export type BoardComposition = BoardFamily['compositions'][number];
export type BoardCompositionYear = BoardComposition['years'][number];
