import { ConvertError } from './convert-error';
import { type ConvertCallOptions, type ConvertedDocument, type DocumentConverter } from './document-converter';
import { detectOfficeFormat } from './office-format';

/**
 * The one rule every caller follows: a document the parser cannot read itself (.doc, .wps, .rtf, .odt, by content)
 * becomes .docx through the converter; null for everything the parser reads. Encrypted documents are refused as
 * ENCRYPTED before any process runs; without a converter the answer names the package to install. Rejects with a
 * ConvertError only.
 */
export async function convertIfOffice(bytes: Uint8Array, fileName: string | undefined, converter: DocumentConverter | undefined, options: ConvertCallOptions = {}): Promise<ConvertedDocument | null> {
  const office = detectOfficeFormat(bytes, fileName);
  if (!office) return null;
  if (office.kind === 'encrypted') throw new ConvertError('ENCRYPTED');
  if (office.kind === 'corrupt') throw new ConvertError('CORRUPT_FILE', office.detail);
  if (!converter) throw new ConvertError('LIBREOFFICE_MISSING');
  try {
    return await converter.toDocx(bytes, office.format, options);
  } catch (error) {
    if (error instanceof ConvertError) throw error;
    throw new ConvertError('CONVERT_FAILED', error instanceof Error ? error.message : String(error));
  }
}
