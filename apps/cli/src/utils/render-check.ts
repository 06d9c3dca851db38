import { RULE_MODE_LABELS, type RuleSeverity, TEMPLATE_LABELS } from '@gongkai/domain';
import { type Finding, type ParsedReport } from '@gongkai/report-parser';

import { type Lang, pick } from './lang';
import { renderTable } from './render-table';

const SEVERITY_LABELS: Record<RuleSeverity, { zh: string; en: string }> = {
  ERROR: { zh: '错误', en: 'error' },
  WARN: { zh: '警告', en: 'warning' },
  INFO: { zh: '提示', en: 'info' },
};

const SEVERITY_ORDER: Record<RuleSeverity, number> = { ERROR: 0, WARN: 1, INFO: 2 };

export type CheckSummary = {
  /** ERROR problems failing in strict mode: these decide the exit code. */
  strictErrors: number;
  /** ERROR problems failing only in lenient mode (blank cells read as 0). */
  lenientOnlyErrors: number;
  /** WARN and INFO problems. */
  warnings: number;
  infos: number;
};

/** Counts problems: the parser gives one finding per problem, with the modes in which it fails. */
export function summariseFindings(findings: readonly Finding[]): CheckSummary {
  const errors = findings.filter((f) => f.severity === 'ERROR');
  const strictErrors = errors.filter((f) => f.modes.includes('strict')).length;
  const count = (severity: RuleSeverity) => findings.filter((f) => f.severity === severity).length;

  return { strictErrors, lenientOnlyErrors: errors.length - strictErrors, warnings: count('WARN'), infos: count('INFO') };
}

/** The modes a problem fails in, in words (严格口径、宽松口径). */
export function modesText(finding: Finding, lang: Lang): string {
  return finding.modes.map((mode) => pick(lang, RULE_MODE_LABELS[mode])).join(lang === 'zh' ? '、' : ', ');
}

export function summaryLine(summary: CheckSummary, lang: Lang): string {
  if (lang === 'zh') {
    const parts = [`${summary.strictErrors} 项错误（严格口径）`];
    if (summary.lenientOnlyErrors > 0) parts.push(`另有 ${summary.lenientOnlyErrors} 项错误仅在宽松口径下出现`);
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

/** The readable report of `gongkai check`: header, one table row per problem (with its modes), a summary line. */
export function renderCheck(report: ParsedReport, lang: Lang): { text: string; summary: CheckSummary } {
  // Errors first; among them those failing in strict mode before the lenient-only ones.
  const strictFirst = (f: Finding) => (f.modes.includes('strict') ? 0 : 1);
  const findings = [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || strictFirst(a) - strictFirst(b));
  const summary = summariseFindings(findings);
  const header =
    lang === 'zh' ? ['规则', '级别', '口径', '说明', '应为', '实际'] : ['Rule', 'Severity', 'Modes', 'Message', 'Expected', 'Actual'];
  const rows = findings.map((f) => [
    f.rule,
    pick(lang, SEVERITY_LABELS[f.severity]),
    modesText(f, lang),
    lang === 'zh' ? f.messageZh : f.messageEn,
    f.expected,
    f.actual,
  ]);
  const body = rows.length > 0 ? renderTable(header, rows) : `${lang === 'zh' ? '未发现问题。' : 'No findings.'}\n`;

  return { text: `${headerLines(report, lang).join('\n')}\n\n${body}\n${summaryLine(summary, lang)}\n`, summary };
}
