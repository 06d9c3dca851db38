import { graphqlRequestCost } from './graphql-request-cost.util';

describe('graphqlRequestCost', () => {
  it('counts each top-level field of a query as one read point and its analytics fields apart', () => {
    expect(graphqlRequestCost({ query: '{ datasetInfo { reportCount } regions { code } }' })).toEqual({ kind: 'read', points: 2, analyticsFields: 0 });
    expect(graphqlRequestCost({ query: '{ a: ranking(metric: "m", year: 1) { entries { rank } } b: ranking(metric: "m", year: 2) { entries { rank } } coverage { year } }' })).toEqual({
      kind: 'read',
      points: 3,
      analyticsFields: 3,
    });
  });

  it('makes a mutation a write, and picks the operation named by operationName', () => {
    const query = 'query Q { ranking(metric: "m", year: 1) { entries { rank } } } mutation M { deleteReport(id: "x") }';
    expect(graphqlRequestCost({ query, operationName: 'M' })).toEqual({ kind: 'write', points: 1, analyticsFields: 0 });
    expect(graphqlRequestCost({ query, operationName: 'Q' })).toEqual({ kind: 'read', points: 1, analyticsFields: 1 });
  });

  it('sees analytics fields through fragments, each fragment once even when it spreads itself', () => {
    const query = 'query { ...F ... on Query { series(metric: "m") { points { year } } } } fragment F on Query { ranking(metric: "m", year: 1) { entries { rank } } ...F }';
    expect(graphqlRequestCost({ query })).toEqual({ kind: 'read', points: 2, analyticsFields: 2 });
  });

  it('adds up a batch, which is a write when any of its operations is', () => {
    expect(graphqlRequestCost([{ query: '{ ranking(metric: "m", year: 1) { entries { rank } } }' }, { query: 'mutation { revokeToken(id: "t") }' }])).toEqual({
      kind: 'write',
      points: 2,
      analyticsFields: 1,
    });
  });

  it('charges one read point for what it cannot read (GraphQL refuses it)', () => {
    expect(graphqlRequestCost({ query: '{ broken' })).toEqual({ kind: 'read', points: 1, analyticsFields: 0 });
    expect(graphqlRequestCost(undefined)).toEqual({ kind: 'read', points: 1, analyticsFields: 0 });
    expect(graphqlRequestCost({ query: 42 })).toEqual({ kind: 'read', points: 1, analyticsFields: 0 });
  });
});
