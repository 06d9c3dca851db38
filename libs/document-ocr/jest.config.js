const preset = require('../../jest.preset.js');

// Tesseract reads a page in seconds; the corpus test renders and reads every real document.
module.exports = { ...preset, displayName: 'document-ocr', rootDir: __dirname, roots: ['<rootDir>/src'], testTimeout: 300_000 };
