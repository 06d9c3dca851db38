import { computeLikeForLikeSteps } from './compute-like-for-like-steps.util';

const k = (regionCode: string, year: number, groupCode = '') => ({ groupCode, regionCode, year });

describe('computeLikeForLikeSteps', () => {
  it('keeps the regions known in both years of each step and names the others', () => {
    const known = [k('A', 2024), k('B', 2024), k('C', 2024), k('A', 2025), k('D', 2025), k('A', 2023), k('B', 2023)];

    expect(computeLikeForLikeSteps(known, 2023, 2025)).toEqual([
      { groupCode: '', fromYear: 2023, toYear: 2024, regionCodes: ['A', 'B'], excludedCodes: ['C'] },
      { groupCode: '', fromYear: 2024, toYear: 2025, regionCodes: ['A'], excludedCodes: ['B', 'C', 'D'] },
    ]);
  });

  it('keeps groups apart and gives an empty step when a year has nothing', () => {
    const known = [k('A1', 2024, 'A'), k('A1', 2025, 'A'), k('B1', 2024, 'B')];

    expect(computeLikeForLikeSteps(known, 2024, 2025)).toEqual([
      { groupCode: 'A', fromYear: 2024, toYear: 2025, regionCodes: ['A1'], excludedCodes: [] },
      { groupCode: 'B', fromYear: 2024, toYear: 2025, regionCodes: [], excludedCodes: ['B1'] },
    ]);
  });

  it('has no step in a single year', () => {
    expect(computeLikeForLikeSteps([k('A', 2025)], 2025, 2025)).toEqual([]);
  });
});
