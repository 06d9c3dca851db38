import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';

import express from 'express';

import { securityHeaders } from './security-headers.middleware';

function start(trustProxy: boolean): Promise<Server> {
  const app = express();
  if (trustProxy) app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  app.get('/', (_req, res) => res.send('<!doctype html><title>x</title>'));
  app.get('/graphql', (_req, res) => res.send('explorer'));
  app.get('/graphqlish', (_req, res) => res.send('not the explorer'));

  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function directives(header: string | null): Map<string, string> {
  return new Map((header ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)] as [string, string]));
}

describe('securityHeaders', () => {
  let plain: Server;
  let proxied: Server;
  const url = (server: Server, path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

  beforeAll(async () => {
    plain = await start(false);
    proxied = await start(true);
  });
  afterAll(async () => {
    await new Promise((r) => plain.close(r));
    await new Promise((r) => proxied.close(r));
  });

  it('gives the dashboard a strict policy without inline script, frames or foreign connections', async () => {
    const res = await fetch(url(plain, '/'));
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('script-src-attr')).toBe("'none'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('leaves the explorer route its own script policy but still forbids framing it', async () => {
    const res = await fetch(url(plain, '/graphql'));
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.has('script-src')).toBe(false);
    expect(csp.has('default-src')).toBe(false);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('matches route policies by whole path segments', async () => {
    const res = await fetch(url(plain, '/graphqlish'));
    expect(directives(res.headers.get('content-security-policy')).get('script-src')).toBe("'self'");
  });

  it('sends HSTS and upgrades subresources only when the request came over TLS', async () => {
    const res = await fetch(url(proxied, '/'), { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(directives(res.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
    const untrusted = await fetch(url(plain, '/'), { headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });
});
