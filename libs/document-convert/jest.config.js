const preset = require('../../jest.preset.js');

// LibreOffice conversions take seconds each (a fresh profile per call).
module.exports = { ...preset, displayName: 'document-convert', rootDir: __dirname, roots: ['<rootDir>/src'], testTimeout: 120_000 };
