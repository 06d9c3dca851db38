import { ReasonedException } from '../core/errors/app.exception';
import { type ErrorCode } from '../core/errors/error-code.type';

export enum HarvestExceptionCode {
  INVALID_SITE_LIST = 'INVALID_SITE_LIST',
  INVALID_YEAR = 'INVALID_YEAR',
  REGION_NOT_FOUND = 'REGION_NOT_FOUND',
  SITE_NOT_FOUND = 'SITE_NOT_FOUND',
  NO_SITES = 'NO_SITES',
}

const ERROR_CODES: Record<HarvestExceptionCode, ErrorCode> = {
  [HarvestExceptionCode.INVALID_SITE_LIST]: 'BAD_USER_INPUT',
  [HarvestExceptionCode.INVALID_YEAR]: 'BAD_USER_INPUT',
  [HarvestExceptionCode.REGION_NOT_FOUND]: 'NOT_FOUND',
  [HarvestExceptionCode.SITE_NOT_FOUND]: 'NOT_FOUND',
  [HarvestExceptionCode.NO_SITES]: 'BAD_USER_INPUT',
};

const MESSAGES_ZH: Record<HarvestExceptionCode, string> = {
  [HarvestExceptionCode.INVALID_SITE_LIST]: '站点清单有误：每行应为 region_code,url[,issuer]，未保存任何站点。',
  [HarvestExceptionCode.INVALID_YEAR]: '年度无效：应为 2008 年（条例施行）至上一年之间的整数。',
  [HarvestExceptionCode.REGION_NOT_FOUND]: '找不到该地区代码。',
  [HarvestExceptionCode.SITE_NOT_FOUND]: '找不到该站点（可能已被删除）。',
  [HarvestExceptionCode.NO_SITES]: '该地区尚未登记任何采集站点：请先导入站点清单。',
};

/** Errors of the harvest api: typed reasons, a Chinese message for people, English for programs. */
export class HarvestException extends ReasonedException<HarvestExceptionCode> {
  constructor(reason: HarvestExceptionCode, message: string, messageZh?: string) {
    super(reason, message, { errorCodes: ERROR_CODES, messagesZh: MESSAGES_ZH }, messageZh);
  }
}
