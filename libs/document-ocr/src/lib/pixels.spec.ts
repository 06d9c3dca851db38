import { cellsOf, eraseRules, estimateSkew, findRules, type GreyImage } from './pixels';

/** A white page with a 3×4 table (rules 2 px thick) and some "text" blobs shorter than a rule. */
function tablePage(): { image: GreyImage; ys: number[]; xs: number[] } {
  const width = 800;
  const height = 600;
  const data = new Uint8Array(width * height).fill(250);
  const ys = [100, 180, 260, 340];
  const xs = [100, 300, 450, 600, 700];
  for (const y of ys) for (let x = 100; x <= 700; x += 1) for (const t of [0, 1]) data[(y + t) * width + x] = 20;
  for (const x of xs) for (let y = 100; y <= 341; y += 1) for (const t of [0, 1]) data[y * width + x + t] = 20;
  // Text: 20×20 blocks of ink in a few cells, and a short stroke (a 一) 30 px long.
  for (const [cx, cy] of [[150, 130], [500, 210], [650, 290]] as const) for (let y = cy; y < cy + 20; y += 1) for (let x = cx; x < cx + 20; x += 1) data[y * width + x] = 0;
  for (let x = 320; x < 350; x += 1) data[140 * width + x] = 0;

  return { image: { data, width, height }, ys, xs };
}

describe('findRules', () => {
  it('finds exactly the drawn rules, with their positions and lengths, and no text stroke', () => {
    const { image, ys, xs } = tablePage();
    const rules = findRules(image, 60);
    const h = rules.filter((r) => r.kind === 'h');
    const v = rules.filter((r) => r.kind === 'v');
    expect(h.map((r) => (r.kind === 'h' ? r.y : 0))).toEqual(ys.map((y) => y + 0.5));
    expect(v.map((r) => (r.kind === 'v' ? r.x : 0))).toEqual(xs.map((x) => x + 0.5));
    for (const r of h) if (r.kind === 'h') expect([r.x0, r.x1]).toEqual([100, 701]);
    for (const r of v) if (r.kind === 'v') expect([r.y0, r.y1, r.thickness]).toEqual([100, 341, 2]);
  });

  it('bridges the small gaps of a broken scanned hairline', () => {
    const { image } = tablePage();
    for (const x of [200, 201, 400]) image.data[180 * image.width + x] = 250;
    for (const x of [200, 201, 400]) image.data[181 * image.width + x] = 250;
    expect(findRules(image, 60).filter((r) => r.kind === 'h')).toHaveLength(4);
  });

  it('cuts the page into the cells between the rules, in reading order', () => {
    const { image } = tablePage();
    const cells = cellsOf(findRules(image, 60));
    expect(cells).toHaveLength(12);
    expect(cells[0]).toEqual({ x0: 100.5, y0: 100.5, x1: 300.5, y1: 180.5 });
  });

  it('erases the rules and leaves the text', () => {
    const { image } = tablePage();
    const erased = eraseRules(image, findRules(image, 60));
    expect(erased.data[100 * image.width + 400]).toBe(255);
    expect(erased.data[135 * image.width + 155]).toBe(0);
  });
});

describe('estimateSkew', () => {
  it('measures the turn of a page from its rules', () => {
    const width = 800;
    const height = 600;
    const data = new Uint8Array(width * height).fill(255);
    const t = Math.tan((1.2 * Math.PI) / 180);
    for (const y0 of [100, 200, 300, 400]) for (let x = 50; x < 750; x += 1) data[Math.round(y0 + x * t) * width + x] = 0;
    expect(estimateSkew({ data, width, height })).toBeCloseTo(1.2, 1);
    expect(estimateSkew({ data: new Uint8Array(width * height).fill(255), width, height })).toBe(0);
  });
});
