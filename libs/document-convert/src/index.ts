export { ConvertError, type ConvertErrorCode, isConvertError, LIBREOFFICE_PACKAGE } from './lib/convert-error';
export { type ConvertCallOptions, type ConvertedDocument, type DocumentConverter } from './lib/document-converter';
export { DEFAULT_LIBREOFFICE_OPTIONS, findExecutable, LibreOfficeConverter, type LibreOfficeOptions } from './lib/libreoffice-converter';
export { detectOfficeFormat, EXTENSIONS, MEDIA_TYPES, OFFICE_FORMATS, type OfficeDetection, type OfficeFormat } from './lib/office-format';
export { convertIfOffice } from './lib/convert-if-office';
