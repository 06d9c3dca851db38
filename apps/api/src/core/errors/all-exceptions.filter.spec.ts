import { type ArgumentsHost, Logger } from '@nestjs/common';

import { type GraphQLError } from 'graphql';

import { AllExceptionsFilter } from './all-exceptions.filter';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

function graphqlHost(): ArgumentsHost {
  return { getType: () => 'graphql' } as unknown as ArgumentsHost;
}

function httpHost() {
  const res = { headersSent: false, status: jest.fn(), json: jest.fn(), end: jest.fn() };
  res.status.mockReturnValue(res);
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({
      getResponse: () => res,
      getRequest: () => ({ method: 'POST', originalUrl: '/api/reports' }),
    }),
  } as unknown as ArgumentsHost;

  return { host, res };
}

describe('AllExceptionsFilter', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers a GraphQL request with SERVICE_UNAVAILABLE while the database is down', () => {
    const error = new AllExceptionsFilter().catch(refused(), graphqlHost()) as GraphQLError;
    expect(error.message).toBe('The database is unavailable; try again shortly');
    expect(error.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
      messageZh: '数据库暂时不可用，请稍后重试。',
    });
    expect(Logger.prototype.error).not.toHaveBeenCalled();
  });

  it('answers a REST request with 503 while the database is down', () => {
    const { host, res } = httpHost();
    new AllExceptionsFilter().catch(
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      host,
    );
    expect(res.status).toHaveBeenCalledWith(503);
    expect(res.json).toHaveBeenCalledWith({
      error: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' }),
    });
  });

  it('still masks any other failure as INTERNAL_SERVER_ERROR and logs it', () => {
    const error = new AllExceptionsFilter().catch(new TypeError('boom'), graphqlHost()) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(Logger.prototype.error).toHaveBeenCalled();
  });
});
