import { TEMPLATE_SIGNATURES, type TemplateId, type TemplateVersion } from '@gongkai/domain';

import { type DocumentModel } from '../model/document-model';
import { labelKey } from '../normalise/text';
import { cellInfo } from './table-rows';

/** Signature labels in comparison form, computed once. */
const SIGNATURE_KEYS: Record<TemplateVersion, string[]> = {
  gb2019: TEMPLATE_SIGNATURES.gb2019.map(labelKey),
  gb2021: TEMPLATE_SIGNATURES.gb2021.map(labelKey),
};

export type TemplateEvidence = { template: TemplateId; gb2019: string[]; gb2021: string[] };

/**
 * The template from its signature labels (spec §1 "Parser rule", D16), never from the year. Table cells
 * are searched first; a document without tables (PDF read as lines) is searched in its paragraphs.
 */
export function detectTemplate(model: DocumentModel): TemplateEvidence {
  const parts: string[] = [];
  for (const block of model.blocks) {
    if (block.kind !== 'table') continue;
    for (const line of block.grid) for (const cell of line) if (!cell.covered && cell.text !== '') parts.push(cellInfo(cell.text).key);
  }
  if (parts.length === 0) for (const block of model.blocks) if (block.kind === 'paragraph') parts.push(labelKey(block.text));
  // Keys joined with a separator no signature contains, so a label cannot be assembled across cells.
  const haystack = parts.join('\u0000');
  const gb2019 = SIGNATURE_KEYS.gb2019.filter((s) => haystack.includes(s));
  const gb2021 = SIGNATURE_KEYS.gb2021.filter((s) => haystack.includes(s));
  let template: TemplateId = 'nonstandard';
  if (gb2019.length > gb2021.length) template = 'gb2019';
  else if (gb2021.length > gb2019.length) template = 'gb2021';
  else if (gb2019.length > 0) template = 'gb2021';

  return { template, gb2019, gb2021 };
}
