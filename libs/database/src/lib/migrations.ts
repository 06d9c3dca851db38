import { CreateInitialSchema1764280800000 } from './migrations/1764280800000-create-initial-schema';
import { AddReportKeysetIndex1764370000000 } from './migrations/1764370000000-add-report-keyset-index';
import { AddDatasetRevision1764460000000 } from './migrations/1764460000000-add-dataset-revision';
import { CompressSourceDocumentsWithLz41764460100000 } from './migrations/1764460100000-compress-source-documents-with-lz4';
import { AddPrimaryReport1764550000000 } from './migrations/1764550000000-add-primary-report';
import { DropReportValueForeignKey1764560000000 } from './migrations/1764560000000-drop-report-value-foreign-key';
import { MoveValueProvenanceToReportValueSource1764570000000 } from './migrations/1764570000000-move-value-provenance-to-report-value-source';
import { CompactValueSources1764580000000 } from './migrations/1764580000000-compact-value-sources';
import { AddSiteCheck1765100000001 } from './migrations/1765100000001-add-site-check';
import { AddValidationIssueModes1765300000001 } from './migrations/1765300000001-add-validation-issue-modes';
import { AddHarvest1765400000000 } from './migrations/1765400000000-add-harvest';
import { AddUndefinedValueState1765500000000 } from './migrations/1765500000000-add-undefined-value-state';
import { AddReportRegionChange1765500000001 } from './migrations/1765500000001-add-report-region-change';
import { AddReportNarrativeAndAssessmentScheme1765600000010 } from './migrations/1765600000010-add-report-narrative-and-assessment-scheme';
import { AddRateLimitBucket1765600000030 } from './migrations/1765600000030-add-rate-limit-bucket';
import { AddAuditEvent1765600000031 } from './migrations/1765600000031-add-audit-event';
import { AddReportBrowserIndexes1765600000040 } from './migrations/1765600000040-add-report-browser-indexes';
import { AddReportPageImage1765700000000 } from './migrations/1765700000000-add-report-page-image';

/** Every migration in order (listed, not globbed, so jest, dist and the CLI run the same set). */
export const MIGRATIONS = [
  CreateInitialSchema1764280800000,
  AddReportKeysetIndex1764370000000,
  AddDatasetRevision1764460000000,
  CompressSourceDocumentsWithLz41764460100000,
  AddPrimaryReport1764550000000,
  DropReportValueForeignKey1764560000000,
  MoveValueProvenanceToReportValueSource1764570000000,
  CompactValueSources1764580000000,
  AddSiteCheck1765100000001,
  AddValidationIssueModes1765300000001,
  AddHarvest1765400000000,
  AddUndefinedValueState1765500000000,
  AddReportRegionChange1765500000001,
  AddReportNarrativeAndAssessmentScheme1765600000010,
  AddRateLimitBucket1765600000030,
  AddAuditEvent1765600000031,
  AddReportBrowserIndexes1765600000040,
  AddReportPageImage1765700000000,
];
