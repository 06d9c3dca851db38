import { type ProseParagraph } from '@gongkai/report-parser';

import { type NarrativeParagraphDto, type ReportNarrativeDto } from '../dtos/report-narrative.dto';
import { type ReportNarrativeRow } from '../types/report-narrative-row.type';

const paragraph = (p: ProseParagraph): NarrativeParagraphDto => ({ text: p.text, block: p.block, page: p.page ?? null, start: p.start, end: p.end });

export function fromReportNarrativeRowToReportNarrativeDto(row: ReportNarrativeRow): ReportNarrativeDto {
  return {
    parserVersion: row.parser_version,
    preamble: row.prose.preamble.map(paragraph),
    sections: row.prose.sections.map((s) => ({ numeral: s.numeral, heading: s.heading, paragraphs: s.paragraphs.map(paragraph) })),
    truncated: row.prose.truncated === true,
  };
}
