import { fromSourceDocumentRowToSourceDocumentDto } from './from-source-document-row-to-source-document-dto.util';

describe('fromSourceDocumentRowToSourceDocumentDto', () => {
  it('points the download URL at the REST source route of the report', () => {
    const dto = fromSourceDocumentRowToSourceDocumentDto({ id: 'doc', file_name: 'a.txt', format: 'txt', sha256: 'f'.repeat(64), byte_size: 12 }, 'r-1');

    expect(dto).toMatchObject({ downloadUrl: '/api/reports/r-1/source', byteSize: 12, fileName: 'a.txt' });
  });

  it('names the converter of a converted document, and null for one read as it is', () => {
    const row = { id: 'doc', file_name: 'a.doc', format: 'doc', sha256: 'f'.repeat(64), byte_size: 12 };
    expect(fromSourceDocumentRowToSourceDocumentDto({ ...row, converted_by: 'LibreOffice 7.4.7.2' }, 'r-1').convertedBy).toBe('LibreOffice 7.4.7.2');
    expect(fromSourceDocumentRowToSourceDocumentDto({ ...row, converted_by: null }, 'r-1').convertedBy).toBeNull();
    expect(fromSourceDocumentRowToSourceDocumentDto(row, 'r-1').convertedBy).toBeNull();
  });
});
