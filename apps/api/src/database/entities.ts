import { ApiToken } from '../auth/api-token.entity';
import { SourceDocument } from '../documents/source-document.entity';
import { RegionAlias } from '../regions/region-alias.entity';
import { Region } from '../regions/region.entity';
import { Issuer } from '../reports/issuer.entity';
import { ReportValue, ReportValueSource } from '../reports/report-value.entity';
import { Report } from '../reports/report.entity';
import { ValidationIssue } from '../reports/validation-issue.entity';

/** Every TypeORM entity of the api (listed, not globbed, so jest and dist resolve the same classes). */
export const ENTITIES = [ApiToken, Issuer, Region, RegionAlias, Report, ReportValue, ReportValueSource, SourceDocument, ValidationIssue];
