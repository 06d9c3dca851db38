const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'regions', rootDir: __dirname, roots: ['<rootDir>/src'] };
