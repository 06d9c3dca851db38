import { type BodyAssessment } from '../types';
import { sortBodies } from './sortBodies';

const body = (issuerName: string, score: number | null, timely: number | null, change: number | null = null): BodyAssessment => ({
  issuerId: issuerName,
  issuerName,
  regionCode: '540402',
  regionName: '巴宜区',
  reportId: score === null ? null : `r-${issuerName}`,
  score,
  rank: null,
  previousScore: null,
  previousYear: null,
  change,
  mainProblems: [],
  sampleData: false,
  indicators: [{ id: 'timely', labelZh: '按时发布', labelEn: 'On time', weight: 15, score: timely, cost: 0, flagZh: null, flagEn: null, measure: null, evidence: [] }],
});

describe('sortBodies', () => {
  const bodies = [body('乙', 70, 100, -5), body('甲', 90, 50, 3), body('丙', null, null)];
  it('orders by score either way, with unscored bodies last in both directions', () => {
    expect(sortBodies(bodies, 'score', 'desc').map((b) => b.issuerName)).toEqual(['甲', '乙', '丙']);
    expect(sortBodies(bodies, 'score', 'asc').map((b) => b.issuerName)).toEqual(['乙', '甲', '丙']);
  });
  it('orders by an indicator and by the change from last year', () => {
    expect(sortBodies(bodies, 'timely', 'desc').map((b) => b.issuerName)).toEqual(['乙', '甲', '丙']);
    expect(sortBodies(bodies, 'change', 'asc').map((b) => b.issuerName)).toEqual(['乙', '甲', '丙']);
  });
});
