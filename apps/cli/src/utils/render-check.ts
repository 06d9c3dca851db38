import { type RuleMode, type RuleSeverity, TEMPLATE_LABELS } from '@gongkai/domain';
import { type Finding, type ParsedReport } from '@gongkai/report-parser';

import { type Lang, pick } from './lang';
import { renderTable } from './render-table';

const SEVERITY_LABELS: Record<RuleSeverity, { zh: string; en: string }> = {
  ERROR: { zh: '错误', en: 'error' },
  WARN: { zh: '警告', en: 'warning' },
  INFO: { zh: '提示', en: 'info' },
};

const MODE_LABELS: Record<RuleMode, { zh: string; en: string }> = {
  strict: { zh: '严格', en: 'strict' },
  lenient: { zh: '宽松', en: 'lenient' },
};

const SEVERITY_ORDER: Record<RuleSeverity, number> = { ERROR: 0, WARN: 1, INFO: 2 };
const MODE_ORDER: Record<RuleMode, number> = { strict: 0, lenient: 1 };

export type CheckSummary = {
  /** ERROR findings in strict mode: these decide the exit code. */
  strictErrors: number;
  /** ERROR findings that appear only in lenient mode (blank cells read as 0). */
  lenientOnlyErrors: number;
  /** WARN and INFO findings, each counted once even when both modes report it. */
  warnings: number;
  infos: number;
};

/** Identity of a finding apart from its mode, to tell a lenient-only failure from one both modes see. */
function findingKey(finding: Finding): string {
  return [finding.rule, finding.cells.join(','), finding.expected, finding.actual].join('|');
}

export function summariseFindings(findings: readonly Finding[]): CheckSummary {
  const strictErrorKeys = new Set(findings.filter((f) => f.severity === 'ERROR' && f.mode === 'strict').map(findingKey));
  const lenientOnly = new Set(
    findings.filter((f) => f.severity === 'ERROR' && f.mode === 'lenient' && !strictErrorKeys.has(findingKey(f))).map(findingKey),
  );
  const count = (severity: RuleSeverity) => new Set(findings.filter((f) => f.severity === severity).map(findingKey)).size;

  return { strictErrors: strictErrorKeys.size, lenientOnlyErrors: lenientOnly.size, warnings: count('WARN'), infos: count('INFO') };
}

export function summaryLine(summary: CheckSummary, lang: Lang): string {
  if (lang === 'zh') {
    const parts = [`${summary.strictErrors} 项错误（严格模式）`];
    if (summary.lenientOnlyErrors > 0) parts.push(`另有 ${summary.lenientOnlyErrors} 项错误仅在宽松模式下出现`);
    parts.push(`${summary.warnings} 项警告`);
    if (summary.infos > 0) parts.push(`${summary.infos} 项提示`);

    return parts.join('，');
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [`${plural(summary.strictErrors, 'error')} (strict mode)`];
  if (summary.lenientOnlyErrors > 0) parts.push(`${plural(summary.lenientOnlyErrors, 'more error')} in lenient mode only`);
  parts.push(plural(summary.warnings, 'warning'));
  if (summary.infos > 0) parts.push(`${summary.infos} info`);

  return parts.join(', ');
}

function headerLines(report: ParsedReport, lang: Lang): string[] {
  const missing = lang === 'zh' ? '（未识别）' : '(not found)';
  const labels = lang === 'zh'
    ? { title: '标题', issuer: '发布机关', year: '年度', template: '格式', sep: '：' }
    : { title: 'Title', issuer: 'Issuer', year: 'Year', template: 'Template', sep: ': ' };
  const lines = [
    `${labels.title}${labels.sep}${report.title ?? missing}`,
    `${labels.issuer}${labels.sep}${report.issuer ?? missing}`,
    `${labels.year}${labels.sep}${report.year ?? missing}`,
    `${labels.template}${labels.sep}${pick(lang, TEMPLATE_LABELS[report.template])}`,
  ];
  if (report.sampleData) lines.push(lang === 'zh' ? '注意：这是生成的样例数据，不是真实报告。' : 'Note: this is generated sample data, not a real report.');
  if (report.needsReview) {
    // The parser could not read everything: say so before any finding, so no one takes the numbers as read.
    const rules = [...new Set(report.reviewReasons.map((r) => r.split(':')[0]))].join(', ');
    lines.push(lang === 'zh' ? `需要人工复核：未能完整读取本报告（${rules}，见下表）。` : `Needs review: the report could not be read completely (${rules}; see below).`);
  }

  return lines;
}

/** The readable report of `gongkai check`: header, one table row per finding, a summary line. */
export function renderCheck(report: ParsedReport, lang: Lang): { text: string; summary: CheckSummary } {
  const findings = [...report.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || MODE_ORDER[a.mode] - MODE_ORDER[b.mode],
  );
  const summary = summariseFindings(findings);
  const header =
    lang === 'zh' ? ['规则', '级别', '模式', '说明', '应为', '实际'] : ['Rule', 'Severity', 'Mode', 'Message', 'Expected', 'Actual'];
  const rows = findings.map((f) => [
    f.rule,
    pick(lang, SEVERITY_LABELS[f.severity]),
    pick(lang, MODE_LABELS[f.mode]),
    lang === 'zh' ? f.messageZh : f.messageEn,
    f.expected,
    f.actual,
  ]);
  const body = rows.length > 0 ? renderTable(header, rows) : `${lang === 'zh' ? '未发现问题。' : 'No findings.'}\n`;

  return { text: `${headerLines(report, lang).join('\n')}\n\n${body}\n${summaryLine(summary, lang)}\n`, summary };
}
