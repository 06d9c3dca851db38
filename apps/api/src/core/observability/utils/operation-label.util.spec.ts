import { parse } from 'graphql';

import { operationLabel } from './operation-label.util';

describe('operationLabel', () => {
  it('names an operation by its sorted root fields, not by what the client called it', () => {
    expect(operationLabel(parse('query Anything { ranking(metric: "m") { count } datasetInfo { reportCount } ranking2: ranking { count } }'), 'Anything')).toEqual({
      type: 'query',
      operation: 'datasetInfo+ranking',
    });
    expect(operationLabel(parse('mutation { deleteReport(id: "x") }'), undefined)).toEqual({ type: 'mutation', operation: 'deleteReport' });
  });

  it('folds wide operations and unparsed requests into fixed labels', () => {
    expect(operationLabel(parse('{ a b c d }'), null).operation).toBe('multiple');
    expect(operationLabel(undefined, null)).toEqual({ type: 'unknown', operation: 'unknown' });
  });
});
