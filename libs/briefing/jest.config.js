// pptxgenjs loads node:fs and node:https with dynamic import() when it writes in Node, which Jest's VM allows only
// with --experimental-vm-modules (set by the `test` script).
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'briefing',
  testTimeout: 60_000,
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
};
