const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'assessment', rootDir: __dirname, roots: ['<rootDir>/src'] };
