const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'bench', rootDir: __dirname, roots: ['<rootDir>/src'] };
