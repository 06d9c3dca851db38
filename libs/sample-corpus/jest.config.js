const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'sample-corpus', rootDir: __dirname, roots: ['<rootDir>/src', '<rootDir>/test'] };
