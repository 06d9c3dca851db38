// Unit tests: pure transforms and components rendered to static markup (node environment, no DOM).
const preset = require('../../jest.preset.js');

module.exports = { ...preset, displayName: 'dashboard', rootDir: __dirname, roots: ['<rootDir>/src'], testEnvironment: 'node' };
