const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'cli', rootDir: __dirname, roots: ['<rootDir>/src', '<rootDir>/test'] };
