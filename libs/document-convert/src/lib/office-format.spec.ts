import { strToU8, zipSync } from 'fflate';

import { compoundFile, wordFib } from '../testing/compound-file';
import { detectOfficeFormat } from './office-format';

const text = (s: string) => new TextEncoder().encode(s);

function odf(mimetype: string, manifest = '<manifest:manifest/>'): Uint8Array {
  return zipSync({ mimetype: [strToU8(mimetype), { level: 0 }], 'content.xml': strToU8('<office:document-content/>'), 'META-INF/manifest.xml': strToU8(manifest) });
}

describe('detectOfficeFormat', () => {
  it('reads a Word 97 container as doc, and as wps when a Kingsoft WPS file is named so', () => {
    const doc = compoundFile([{ name: 'WordDocument', data: wordFib() }, { name: '1Table', data: new Uint8Array(10) }]);
    expect(detectOfficeFormat(doc)).toEqual({ kind: 'convert', format: 'doc' });
    expect(detectOfficeFormat(doc, 'report.WPS')).toEqual({ kind: 'convert', format: 'wps' });
  });

  it('refuses a password-protected .doc (FIB fEncrypted) as encrypted', () => {
    const doc = compoundFile([{ name: 'WordDocument', data: wordFib({ encrypted: true }) }, { name: '1Table', data: new Uint8Array(10) }]);
    expect(detectOfficeFormat(doc, 'a.doc')).toEqual({ kind: 'encrypted', format: 'doc' });
  });

  it('refuses a password-protected .docx (OLE EncryptionInfo + EncryptedPackage) as encrypted', () => {
    const docx = compoundFile([{ name: 'EncryptionInfo', data: new Uint8Array(8) }, { name: 'EncryptedPackage', data: new Uint8Array(8) }]);
    expect(detectOfficeFormat(docx, 'a.docx')).toEqual({ kind: 'encrypted', format: 'docx' });
  });

  it('reads a Microsoft Works container as wps whatever its name', () => {
    expect(detectOfficeFormat(compoundFile([{ name: 'MN0', data: new Uint8Array(4) }]), 'x.doc')).toEqual({ kind: 'convert', format: 'wps' });
  });

  it('leaves OLE files that are no word-processor document to the parser (a spreadsheet)', () => {
    expect(detectOfficeFormat(compoundFile([{ name: 'Workbook', data: new Uint8Array(4) }]))).toBeNull();
  });

  it('calls a WordDocument stream without the Word ident, or a broken container, corrupt', () => {
    expect(detectOfficeFormat(compoundFile([{ name: 'WordDocument', data: wordFib({ ident: 0x1234 }) }]))).toMatchObject({ kind: 'corrupt', format: 'doc' });
    const truncated = compoundFile([{ name: 'WordDocument', data: wordFib() }]).slice(0, 1024);
    // Directory sector beyond the end of the file.
    expect(detectOfficeFormat(truncated)).toMatchObject({ kind: 'corrupt' });
    const header = compoundFile([{ name: 'WordDocument', data: wordFib() }]);
    header[0x1e] = 7; // impossible sector shift
    expect(detectOfficeFormat(header)).toMatchObject({ kind: 'corrupt' });
  });

  it('reads {\\rtf as rtf, also after a BOM or blank lines', () => {
    expect(detectOfficeFormat(text('{\\rtf1\\ansi\\deff0 x}'))).toEqual({ kind: 'convert', format: 'rtf' });
    expect(detectOfficeFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...text('\r\n{\\rtf1 x}')]))).toEqual({ kind: 'convert', format: 'rtf' });
    expect(detectOfficeFormat(text('rtf1 is not {\\rtf'))).toBeNull();
  });

  it('takes a zip whose first entry is not mimetype (a .docx, or a zip of reports) for no ODF, as the ODF spec requires it first', () => {
    const late = zipSync({ 'content.xml': strToU8('<office:document-content/>'), mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }] });
    expect(detectOfficeFormat(late)).toBeNull();
    expect(detectOfficeFormat(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }))).toBeNull();
  });

  it('reads an ODF text zip as odt by its mimetype entry, and an encrypted one as encrypted', () => {
    expect(detectOfficeFormat(odf('application/vnd.oasis.opendocument.text'))).toEqual({ kind: 'convert', format: 'odt' });
    expect(detectOfficeFormat(odf('application/vnd.oasis.opendocument.text-template'))).toEqual({ kind: 'convert', format: 'odt' });
    expect(detectOfficeFormat(odf('application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    const encrypted = '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>';
    expect(detectOfficeFormat(odf('application/vnd.oasis.opendocument.text', encrypted))).toEqual({ kind: 'encrypted', format: 'odt' });
  });

  it('leaves docx, PDF, HTML and text to the parser', () => {
    expect(detectOfficeFormat(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }))).toBeNull();
    expect(detectOfficeFormat(text('%PDF-1.7\n'))).toBeNull();
    expect(detectOfficeFormat(text('<html><body>报告</body></html>'))).toBeNull();
    expect(detectOfficeFormat(text('某县2023年政府信息公开工作年度报告'))).toBeNull();
    expect(detectOfficeFormat(new Uint8Array(0))).toBeNull();
  });
});
