export { isOcrError, OcrError, type OcrErrorCode, POPPLER_PACKAGE, TESSERACT_PACKAGES } from './lib/ocr-error';
export { cellsOf, eraseRules, estimateSkew, findRules, type GreyImage, INK, type PixelRule } from './lib/pixels';
export { DEFAULT_TESSERACT_OPTIONS, findOnPath, type OcrWord, parseTsv, TesseractReader, type TesseractOptions, toCells, toLayerPage } from './lib/tesseract-reader';
