import { parseUploadResponse } from './parseUploadResponse';

describe('parseUploadResponse', () => {
  it('reads an ingested file with its report id', () => {
    expect(parseUploadResponse(200, JSON.stringify({ results: [{ file: 'a.txt', status: 'ingested', reportId: 'r1' }] }))).toEqual({ kind: 'done', status: 'ingested', reportId: 'r1' });
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
