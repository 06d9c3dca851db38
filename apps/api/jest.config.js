// PGlite runs inside the test process: its CommonJS build uses dynamic import(), which Jest's VM allows only
// with --experimental-vm-modules (set by the `test` script, TOOLCHAIN §5). Unit specs sit beside the code;
// integration specs (real app, real database) live in test/.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  testTimeout: 60_000,
};
