import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';

/** The original bytes of an ingested document; sha-256 unique makes the same bytes one report. */
@Entity({ name: 'source_document' })
@Unique('UQ_source_document_sha256', ['sha256'])
export class SourceDocument {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** txt | html | docx | pdf */
  @Column({ type: 'varchar', length: 8 })
  format!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'byte_size', type: 'int' })
  byteSize!: number;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
