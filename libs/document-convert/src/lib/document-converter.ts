import { type OfficeFormat } from './office-format';

/** A document turned into .docx bytes for the parser, and what did it (kept as the report's provenance). */
export type ConvertedDocument = {
  docx: Uint8Array;
  from: OfficeFormat;
  /** The converter and its version, e.g. "LibreOffice 7.4.7.2". */
  by: string;
  /** Wall time of the conversion, in milliseconds. */
  ms: number;
};

/**
 * The seam between the pure parser and the processes that read other office formats: the report store asks it
 * for .docx bytes of a document detectOfficeFormat says needs converting. Rejects with a ConvertError only.
 */
export type DocumentConverter = {
  toDocx(bytes: Uint8Array, format: OfficeFormat, options?: ConvertCallOptions): Promise<ConvertedDocument>;
};

export type ConvertCallOptions = {
  /**
   * How long this call may wait for a free conversion slot (ms; Infinity for a batch that would rather wait than
   * fail). An upload keeps the converter's default, so it is answered within the request's time limit.
   */
  maxWaitMs?: number;
};
