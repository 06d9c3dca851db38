import { routeLabel } from './route-label.util';

describe('routeLabel', () => {
  it('folds ids and dashboard paths into a few labels', () => {
    expect(routeLabel('/graphql')).toBe('/graphql');
    expect(routeLabel('/api/reports/0190f3a2-0000-7000-8000-000000000000/source')).toBe('/api/reports/:id/source');
    expect(routeLabel('/api/reports')).toBe('/api/reports');
    expect(routeLabel('/api/whatever/123')).toBe('/api/other');
    expect(routeLabel('/health/ready')).toBe('/health');
    expect(routeLabel('/assets/index-abc.js')).toBe('/assets');
    expect(routeLabel('/county/540402')).toBe('dashboard');
    expect(routeLabel('/')).toBe('dashboard');
  });
});
