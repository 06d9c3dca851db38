import { type DocumentModel } from '../model/document-model';
import { type ParsedProse, type ProseParagraph, type ProseSection } from '../model/parsed-report';
import { type SectionHit } from './sections';

/** A report's text is a few thousand characters; a cap keeps a pathological page from bloating the stored row. */
const MAX_PROSE_CHARS = 200_000;

/**
 * Where a web page's furniture begins after the report (download links, share buttons, the site footer):
 * from there on the paragraphs are the site's, not the report's, and repeat on every page of the site.
 */
const FURNITURE = /^(?:附件下载|附件：?$|扫一扫|【?打印|关闭窗口|【?关闭】?$|分享到|网站标识码|版权所有|主办单位|承办单位|技术支持|联系我们|友情链接|上一篇|下一篇|相关链接|相关文章|责任编辑)|ICP备|公安备案号/u;

/**
 * The narrative of the report: each section's heading and its paragraphs, in document order, tables left
 * out. Offsets count characters in the document's paragraph text (every paragraph block joined by '\n', as
 * printed), so a sentence can be found again in the source whatever its format; `block` is the element.
 */
export function extractProse(model: DocumentModel, hits: readonly SectionHit[]): ParsedProse {
  const byBlock = new Map(hits.map((hit) => [hit.blockIndex, hit.numeral]));
  const preamble: ProseParagraph[] = [];
  const sections: ProseSection[] = [];
  const trailer: ProseParagraph[] = [];
  let offset = 0;
  let total = 0;
  let truncated = false;
  let furniture = false;
  model.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const start = offset;
    offset += block.text.length + 1;
    const lead = block.text.length - block.text.trimStart().length;
    const text = block.text.trim();
    if (!text) return;
    const paragraph: ProseParagraph = {
      text,
      block: index,
      ...(block.page !== undefined ? { page: block.page } : {}),
      start: start + lead,
      end: start + lead + text.length,
    };
    const numeral = byBlock.get(index);
    if (numeral !== undefined) {
      sections.push({ numeral, heading: text, block: index, ...(block.page !== undefined ? { page: block.page } : {}), start: paragraph.start, paragraphs: [] });
      return;
    }
    // Only after the last heading: a report's own text can say 附件 or 联系我们 before it ends.
    if (!furniture && sections.length > 0 && sections.length === hits.length && FURNITURE.test(text)) furniture = true;
    if (furniture) {
      trailer.push(paragraph);
      return;
    }
    if (total + text.length > MAX_PROSE_CHARS) {
      truncated = true;
      return;
    }
    total += text.length;
    const current = sections[sections.length - 1];
    (current ? current.paragraphs : preamble).push(paragraph);
  });

  return { preamble, sections, trailer, ...(truncated ? { truncated: true } : {}) };
}
