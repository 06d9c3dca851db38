// Shared Jest settings: swc transforms TypeScript (type checking is the `typecheck` target's job),
// and workspace libs resolve to their sources so tests never need a build first.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@gongkai/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@gongkai/report-parser$': path.join(root, 'libs/report-parser/src/index.ts'),
    '^@gongkai/regions$': path.join(root, 'libs/regions/src/index.ts'),
    '^@gongkai/database$': path.join(root, 'libs/database/src/index.ts'),
    '^@gongkai/report-store$': path.join(root, 'libs/report-store/src/index.ts'),
    '^@gongkai/document-convert$': path.join(root, 'libs/document-convert/src/index.ts'),
    '^@gongkai/document-ocr$': path.join(root, 'libs/document-ocr/src/index.ts'),
    '^@gongkai/sample-corpus$': path.join(root, 'libs/sample-corpus/src/index.ts'),
    '^@gongkai/briefing/chart-slide$': path.join(root, 'libs/briefing/src/chart-slide.ts'),
    '^@gongkai/briefing$': path.join(root, 'libs/briefing/src/index.ts'),
    '^@gongkai/assessment$': path.join(root, 'libs/assessment/src/index.ts'),
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
