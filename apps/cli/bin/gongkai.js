#!/usr/bin/env node
'use strict';
// A shim: the command itself is compiled TypeScript in ../dist.
const fs = require('node:fs');
const path = require('node:path');

const entry = path.join(__dirname, '..', 'dist', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(`gongkai: ${entry} is missing — the CLI is not built. Run \`npm run build\` in the repository root.\n`);
  process.exit(70);
}
try {
  require(entry).runMain();
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write(`gongkai: ${error.message.split('\n')[0]}\nA workspace library is not built. Run \`npm run build\` in the repository root.\n`);
    process.exit(70);
  }
  throw error;
}
