// Backend CPU per report_value row by index set: INSERT … SELECT of 200,000 rows copied from a loaded benchmark
// database (default gongkai_bench; argv[2] overrides the URL). Three runs per case in a fresh table; median shown.
// Usage: node tools/bench/scripts/ingest-row-cost.js [postgres://postgres@127.0.0.1:5432/gongkai_bench]
const { Client } = require('pg');
const fs = require('fs');
const cpu = (pid) => { const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); const r = s.slice(s.lastIndexOf(')') + 2).split(' '); return (Number(r[11]) + Number(r[12])) * 10; };
(async () => {
  const c = new Client({ connectionString: process.argv[2] || 'postgres://postgres@127.0.0.1:5432/gongkai_bench' });
  await c.connect();
  const pid = (await c.query('select pg_backend_pid() p')).rows[0].p;
  await c.query(`CREATE TABLE IF NOT EXISTS bench_src AS SELECT * FROM report_value LIMIT 200000`);
  const cases = [
    ['heap only (no index)', 'CREATE TABLE bench_t (LIKE report_value INCLUDING DEFAULTS)'],
    ['+ primary key', 'CREATE TABLE bench_t (LIKE report_value INCLUDING DEFAULTS); ALTER TABLE bench_t ADD PRIMARY KEY (report_id, metric_key)'],
    ['+ PK + (metric_key, report_id) INCLUDE (value, state)', 'CREATE TABLE bench_t (LIKE report_value INCLUDING DEFAULTS); ALTER TABLE bench_t ADD PRIMARY KEY (report_id, metric_key); CREATE INDEX ON bench_t (metric_key, report_id) INCLUDE (value, state)'],
  ];
  for (const [name, ddl] of cases) {
    const res = [];
    for (let k = 0; k < 3; k++) {
      await c.query('DROP TABLE IF EXISTS bench_t'); await c.query(ddl);
      const t0 = cpu(pid); const w0 = Date.now();
      await c.query('INSERT INTO bench_t SELECT * FROM bench_src');
      res.push([(cpu(pid) - t0) / 200000 * 1000, Date.now() - w0]);
    }
    res.sort((a, b) => a[0] - b[0]);
    console.log(`${name}: backend CPU µs/row median ${res[1][0].toFixed(1)} (runs ${res.map(r => r[0].toFixed(1)).join(', ')}), wall ms ${res.map(r => r[1]).join(', ')}`);
  }
  await c.query('DROP TABLE IF EXISTS bench_t'); await c.query('DROP TABLE IF EXISTS bench_src');
  await c.end();
})();
