import { createTestApp, type TestApp } from '../support/test-app';

type ErrorBody = { error: { code: string; reason: string; message: string; messageZh: string } };

/** Typed refusals: 400 for what the request can fix, 404 for an unknown region, 503 for a server without a CJK font. */
describe('GET /api/briefing refusals', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp('embedded', { BRIEFING_FONT_PATH: '/nonexistent/NotoSansCJK.ttc' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const get = async (query: string): Promise<{ status: number; body: ErrorBody }> => {
    const res = await fetch(`${app.url}/api/briefing?${query}`);

    return { status: res.status, body: (await res.json()) as ErrorBody };
  };

  it.each([
    ['year=2024', 'INVALID_PREFECTURE'],
    ['prefecture=54040&year=2024', 'INVALID_PREFECTURE'],
    ['prefecture=540400', 'INVALID_YEAR'],
    ['prefecture=540400&year=24', 'INVALID_YEAR'],
    ['prefecture=540400&year=2024&format=docx', 'INVALID_FORMAT'],
    ['prefecture=540400&year=2024&metric=no_such_metric', 'UNKNOWN_METRIC'],
    ['prefecture=540400&year=2024&yearFrom=2025', 'INVALID_YEAR'],
    ['prefecture=540402&year=2024', 'NOT_A_PREFECTURE'],
  ])('answers 400 to %s with %s and a Chinese message', async (query, reason) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(body.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers 404 for a region code that does not exist', async () => {
    const { status, body } = await get('prefecture=999900&year=2024');
    expect(status).toBe(404);
    expect(body.error.reason).toBe('PREFECTURE_NOT_FOUND');
  });

  it('answers 503 CJK_FONT_MISSING for a PDF without the font, naming the package, and still serves the pptx', async () => {
    const { status, body } = await get('prefecture=540400&year=2024&format=pdf');
    expect(status).toBe(503);
    expect(body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'CJK_FONT_MISSING' });
    expect(body.error.messageZh).toContain('fonts-noto-cjk');
    const pptx = await fetch(`${app.url}/api/briefing?prefecture=540400&year=2024&format=pptx`);
    expect(pptx.status).toBe(200);
  });
});
