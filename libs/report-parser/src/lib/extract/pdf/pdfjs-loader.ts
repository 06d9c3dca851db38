import { runInThisContext } from 'node:vm';

/** The small part of the pdf.js API the adapter uses, typed here so the ESM-only typings are not needed. */
export type PdfTextItem = {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
};

export type PdfTextContent = { items: ReadonlyArray<PdfTextItem | { type: string }> };

export type PdfPage = {
  getViewport(options: { scale: number }): { width: number; height: number };
  getTextContent(options?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<PdfTextContent>;
  cleanup(): boolean;
};

export type PdfDocument = {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
};

export type PdfLoadingTask = { promise: Promise<PdfDocument>; destroy(): Promise<void> };

export type PdfDocumentParams = {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  useWorkerFetch: boolean;
  isOffscreenCanvasSupported: boolean;
  isImageDecoderSupported: boolean;
  stopAtErrors: boolean;
  verbosity: number;
  disableAutoFetch: boolean;
  disableStream: boolean;
  disableRange: boolean;
};

export type PdfjsApi = {
  getDocument(params: PdfDocumentParams): PdfLoadingTask;
  VerbosityLevel: { ERRORS: number };
};

let cached: PdfjsApi | undefined;

type HostProcess = { getBuiltinModule(id: 'node:module'): { createRequire(path: string): (id: string) => unknown } };

/**
 * pdf.js ships only as ESM (.mjs). Node 20.19+ loads ESM through require() (require(esm)), but Jest's module
 * registry refuses it and patches `module.createRequire` and `process.getBuiltinModule` inside its VM. So the
 * require is taken from the host context's own process (vm.runInThisContext('process') is the real one under
 * Jest and simply `process` elsewhere): the same code then works in the built CommonJS library under plain
 * Node and under Jest, with no --experimental-vm-modules flag and no transpiling of node_modules. pdf.js
 * starts its in-process "fake worker" with a native import of pdf.worker.mjs next to it. The legacy build
 * is the one meant for Node.
 */
export function loadPdfjs(): PdfjsApi {
  if (!cached) {
    const hostProcess = runInThisContext('process') as HostProcess;
    const nodeRequire = hostProcess.getBuiltinModule('node:module').createRequire(__filename);
    const loaded: unknown = nodeRequire('pdfjs-dist/legacy/build/pdf.mjs');
    if (!isPdfjsApi(loaded)) throw new Error('pdfjs-dist did not load as expected');
    cached = loaded;
  }
  return cached;
}

function isPdfjsApi(value: unknown): value is PdfjsApi {
  return typeof value === 'object' && value !== null && typeof (value as { getDocument?: unknown }).getDocument === 'function';
}
