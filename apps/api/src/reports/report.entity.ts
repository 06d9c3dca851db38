import { type IssuerKind, type ReportScope, type TemplateId } from '@gongkai/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SourceDocument } from '../documents/source-document.entity';
import { Region } from '../regions/region.entity';
import { Issuer } from './issuer.entity';

export type ReportStatus = 'current' | 'superseded';

/** The ParsedReport minus values and findings (those live in their own tables). */
export type ReportParsedJson = {
  format: string;
  encoding?: string;
  issuerName: string | null;
  issuerKind: IssuerKind;
  script: 'hans' | 'hant';
  location: unknown;
  sections: string[];
  notes: string[];
  extraRows: unknown[];
};

/**
 * One ingested report. Exactly one `current` row per (issuer, year) — the partial unique index
 * `report_one_current` makes superseding safe under concurrent ingests.
 */
@Entity({ name: 'report' })
@Index('report_one_current', ['issuerId', 'year'], { unique: true, where: `"status" = 'current'` })
@Index('IDX_report_region_code_year_current', ['regionCode', 'year'], { where: `"status" = 'current'` })
@Index('IDX_report_year_current', ['year'], { where: `"status" = 'current'` })
export class Report {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Not unique: a person's correction is a new version reading the same document (migration AddReportPageImage). */
  @Column({ name: 'source_document_id', type: 'uuid' })
  @Index('IDX_report_source_document_id')
  sourceDocumentId!: string;

  @ManyToOne(() => SourceDocument)
  @JoinColumn({ name: 'source_document_id', foreignKeyConstraintName: 'FK_report_source_document' })
  sourceDocument?: SourceDocument;

  @Column({ name: 'issuer_id', type: 'uuid' })
  issuerId!: string;

  @ManyToOne(() => Issuer)
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'FK_report_issuer' })
  issuer?: Issuer;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode!: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'FK_report_region' })
  region?: Region;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'enum', enum: ['gb2019', 'gb2021', 'nonstandard'], enumName: 'template_enum' })
  template!: TemplateId;

  @Column({ type: 'enum', enum: ['self', 'aggregate', 'unknown'], enumName: 'report_scope_enum' })
  scope!: ReportScope;

  @Column({ type: 'enum', enum: ['current', 'superseded'], enumName: 'report_status_enum' })
  status!: ReportStatus;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** yyyy-mm-dd (pg DATE is parsed as a string, see database/pg-type-parsers.ts). */
  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn!: string | null;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: string | null;

  @Column({ name: 'sample_data', type: 'boolean' })
  sampleData!: boolean;

  @Column({ name: 'parser_version', type: 'text' })
  parserVersion!: string;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy!: string | null;

  @Column({ name: 'ingested_at', type: 'timestamptz', default: () => 'now()' })
  ingestedAt!: Date;

  @Column({ type: 'jsonb' })
  parsed!: ReportParsedJson;
}
