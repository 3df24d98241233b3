// What compiled/ is built from, and a hash of it: `npm run compile` records the hash in
// compiled/SOURCES.sha256, and a test recomputes it so that a source change without a rebuild fails.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['lib', 'bin', 'imports'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];
const COMPILED_DIR = 'compiled';
const HASH_FILE = path.join(COMPILED_DIR, 'SOURCES.sha256');

function tsFiles(dir) {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const relative = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(relative);
    return e.name.endsWith('.ts') ? [relative] : [];
  });
}

/** sha256 over the TypeScript version, the tsconfig files and every source file (path and content). */
function compiledSourcesHash() {
  const hash = crypto.createHash('sha256');
  hash.update(`typescript ${require('typescript/package.json').version}\n`);
  for (const file of [...CONFIG_FILES, ...SOURCE_DIRS.flatMap(tsFiles).sort()]) {
    hash.update(`${file}\n`).update(fs.readFileSync(path.join(root, file))).update('\n');
  }
  return `${hash.digest('hex')}\n`;
}

module.exports = { COMPILED_DIR, HASH_FILE, compiledSourcesHash, root };
