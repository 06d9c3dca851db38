import { Controller, Get, Query, Res } from '@nestjs/common';

import { type Response } from 'express';

import { contentDisposition } from '../documents/utils/content-disposition.util';
import { AssessmentException, AssessmentExceptionCode } from './assessment.exception';
import { AssessmentService } from './assessment.service';
import { buildAssessmentDocx } from './utils/build-assessment-docx.util';
import { buildAssessmentXlsx } from './utils/build-assessment-xlsx.util';
import { fromRegionResultToRegionAssessmentDto } from './utils/from-region-result-to-region-assessment-dto.util';
import { summariseRegionAssessment } from './utils/summarise-region-assessment.util';

const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The 通报 of a prefecture's assessment as Word or Excel: GET /api/assessment?prefecture=<code>&year=<Y>&format=docx|xlsx. */
@Controller('api/assessment')
export class AssessmentController {
  constructor(private readonly assessmentService: AssessmentService) {}

  @Get()
  async exportBulletin(
    @Query('prefecture') prefecture: string | undefined,
    @Query('year') year: string | undefined,
    @Query('format') format: string | undefined,
    @Query('scheme') scheme: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (!prefecture || !/^\d{6}$/.test(prefecture)) throw new AssessmentException(AssessmentExceptionCode.INVALID_QUERY, 'prefecture must be a 6-digit region code');
    if (!year || !/^\d{4}$/.test(year)) throw new AssessmentException(AssessmentExceptionCode.INVALID_QUERY, 'year must be a 4-digit year');
    if (format !== 'docx' && format !== 'xlsx') throw new AssessmentException(AssessmentExceptionCode.INVALID_QUERY, 'format must be docx or xlsx');
    const result = fromRegionResultToRegionAssessmentDto(await this.assessmentService.assessRegion(prefecture, Number(year), scheme ?? 'default'), Number(year));
    const bulletin = summariseRegionAssessment(result);
    const bytes = format === 'docx' ? await buildAssessmentDocx(bulletin) : await buildAssessmentXlsx(bulletin);
    res.setHeader('content-type', MEDIA_TYPES[format]);
    res.setHeader('content-disposition', contentDisposition(`${result.parentName}_${year}_年报质量评估通报.${format}`, 'attachment'));
    res.end(bytes);
  }
}
