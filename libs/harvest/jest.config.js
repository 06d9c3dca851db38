// PGlite runs inside the test process: its CommonJS build uses dynamic import(), which Jest's VM allows only
// with --experimental-vm-modules (set by the `test` script).
const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'harvest', rootDir: __dirname, roots: ['<rootDir>/src', '<rootDir>/test'], testTimeout: 60_000 };
