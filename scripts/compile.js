#!/usr/bin/env node
// `npm run compile`: compiles lib/, bin/ and imports/ into compiled/ (JavaScript and declarations),
// the folder the package ships. compiled/ is committed so that installing from git or a folder needs
// no build on the consumer's side (npm blocks dependencies' install scripts); it is rebuilt from
// scratch so that nothing of a deleted source survives.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { COMPILED_DIR, HASH_FILE, compiledSourcesHash, root } = require('./compiled-sources');

fs.rmSync(path.join(root, COMPILED_DIR), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// executable like npm makes it when it links the binary, so that a linked install changes nothing here
for (const bin of Object.values(require('../package.json').bin)) fs.chmodSync(path.join(root, bin), 0o755);
fs.writeFileSync(path.join(root, HASH_FILE), compiledSourcesHash());
console.log(`wrote ${COMPILED_DIR}/`);
