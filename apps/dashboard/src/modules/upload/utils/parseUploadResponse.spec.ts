import { parseUploadResponse } from './parseUploadResponse';

describe('parseUploadResponse', () => {
  it('reads an ingested file with its report id', () => {
    expect(parseUploadResponse(200, JSON.stringify({ results: [{ file: 'a.txt', status: 'ingested', reportId: 'r1' }] }))).toEqual({ kind: 'done', status: 'ingested', reportId: 'r1', summary: null, replaced: null });
  });

  it('reads what was stored and what it replaced', () => {
    const body = {
      results: [
        {
          status: 'superseded',
          reportId: 'r2',
          report: {
            issuer: { name: '米林市人民政府', kind: 'gov' },
            region: { code: '540481', name: '米林市', path: '西藏自治区 林芝市 米林市' },
            year: 2023,
            template: 'gb2021',
            status: 'current',
            sampleData: false,
            findingCount: 0,
            url: '/report/r2',
          },
          replaced: { reportId: 'r1', sampleData: true, fileName: 'a.txt', ingestedAt: '2026-01-02T00:00:00.000Z' },
        },
      ],
    };
    expect(parseUploadResponse(200, JSON.stringify(body))).toEqual({
      kind: 'done',
      status: 'superseded',
      reportId: 'r2',
      summary: { issuerName: '米林市人民政府', regionCode: '540481', regionName: '米林市', regionPath: '西藏自治区 林芝市 米林市', year: 2023, template: 'gb2021', sampleData: false, findingCount: 0, url: '/report/r2' },
      replaced: { reportId: 'r1', sampleData: true, fileName: 'a.txt', ingestedAt: '2026-01-02T00:00:00.000Z' },
    });
  });

  it('reads duplicate and superseded', () => {
    expect(parseUploadResponse(200, JSON.stringify({ results: [{ status: 'duplicate', reportId: 'r1' }] }))).toMatchObject({ status: 'duplicate' });
    expect(parseUploadResponse(200, JSON.stringify({ results: [{ status: 'superseded', reportId: 'r2' }] }))).toMatchObject({ status: 'superseded' });
  });

  it('reads a rejection with the Chinese reason and the region candidates', () => {
    const outcome = parseUploadResponse(
      200,
      JSON.stringify({ results: [{ status: 'rejected', error: { code: 'REGION_AMBIGUOUS', messageZh: '地区不明确', messageEn: 'ambiguous', candidates: [{ code: '540402', path: '西藏自治区 林芝市 巴宜区' }] } }] }),
    );
    expect(outcome).toEqual({ kind: 'rejected', code: 'REGION_AMBIGUOUS', messageZh: '地区不明确', messageEn: 'ambiguous', candidates: [{ code: '540402', path: '西藏自治区 林芝市 巴宜区' }] });
  });

  it('turns an auth error or garbage into an http outcome', () => {
    expect(parseUploadResponse(401, JSON.stringify({ message: 'Unauthorized' }))).toEqual({ kind: 'http', status: 401, messageZh: 'Unauthorized', messageEn: 'Unauthorized' });
    expect(parseUploadResponse(502, '<html>')).toMatchObject({ kind: 'http', status: 502, messageZh: '服务器返回 502' });
  });
});
