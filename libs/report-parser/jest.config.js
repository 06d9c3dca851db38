const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'report-parser', rootDir: __dirname, roots: ['<rootDir>/src'] };
