import { fromSourceDocumentRowToSourceDocumentDto } from './from-source-document-row-to-source-document-dto.util';

describe('fromSourceDocumentRowToSourceDocumentDto', () => {
  it('points the download URL at the REST source route of the report', () => {
    const dto = fromSourceDocumentRowToSourceDocumentDto({ id: 'doc', file_name: 'a.txt', format: 'txt', sha256: 'f'.repeat(64), byte_size: 12 }, 'r-1');

    expect(dto).toMatchObject({ downloadUrl: '/api/reports/r-1/source', byteSize: 12, fileName: 'a.txt' });
  });
});
