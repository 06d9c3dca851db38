import { extractGuideExamples } from './extract-guide-examples.util';

describe('extractGuideExamples', () => {
  it('reads each gq call of the guide with its query, variables, title and line', () => {
    const md = ['# Guide', '```bash', `gq '{"query":"{ regions { code } }"}'`, '```', `gq '{"query":"query($a:String){ reports(after: $a) { totalCount } }","variables":{"a":null}}'   # with a token`].join('\n');
    expect(extractGuideExamples(md)).toEqual({
      examples: [
        { line: 3, title: 'regions', query: '{ regions { code } }', variables: null, body: '{"query":"{ regions { code } }"}' },
        { line: 5, title: 'reports', query: 'query($a:String){ reports(after: $a) { totalCount } }', variables: { a: null }, body: expect.any(String) },
      ],
      problems: [],
    });
  });

  it('reports a body that is not JSON, such as a query string broken over lines', () => {
    const md = `gq '{"query":"{ report(id: \\"x\\") { title\n  year } }"}'`;
    const { examples, problems } = extractGuideExamples(md);
    expect(examples).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(1);
  });

  it('reports JSON without a query', () => {
    expect(extractGuideExamples(`gq '{"variables":{}}'`).problems).toEqual([{ line: 1, body: '{"variables":{}}', error: 'no "query" string' }]);
  });

  it('finds nothing in a text without examples', () => {
    expect(extractGuideExamples('no examples here')).toEqual({ examples: [], problems: [] });
  });
});
