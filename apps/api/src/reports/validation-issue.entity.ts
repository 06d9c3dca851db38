import { type RuleMode, type RuleScope, type RuleSeverity } from '@gongkai/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Report } from './report.entity';

/** A failed consistency rule of a report (parser findings and cross-year findings). */
@Entity({ name: 'validation_issue' })
@Index('IDX_validation_issue_report_id', ['reportId'])
@Index('IDX_validation_issue_rule', ['rule'])
export class ValidationIssue {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_validation_issue_report' })
  report?: Report;

  @Column({ type: 'varchar', length: 32 })
  rule!: string;

  @Column({ type: 'enum', enum: ['ERROR', 'WARN', 'INFO'], enumName: 'severity_enum' })
  severity!: RuleSeverity;

  /** The modes in which the problem fails ('{strict,lenient}' or '{lenient}'): one row per problem. */
  @Column({ type: 'text', array: true })
  modes!: RuleMode[];

  @Column({ type: 'enum', enum: ['report', 'cross_year'], enumName: 'rule_scope_enum' })
  scope!: RuleScope;

  @Column({ type: 'text', array: true })
  cells!: string[];

  @Column({ type: 'text' })
  expected!: string;

  @Column({ type: 'text' })
  actual!: string;

  @Column({ name: 'message_zh', type: 'text' })
  messageZh!: string;

  @Column({ name: 'message_en', type: 'text' })
  messageEn!: string;
}
