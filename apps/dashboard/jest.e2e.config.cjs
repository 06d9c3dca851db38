// Browser tests: playwright-core drives Debian Chromium against the built app served by the real api.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 180000,
};
