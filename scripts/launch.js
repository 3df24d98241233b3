#!/usr/bin/env node
// Runs an entry point (main.ts for `cdk8s synth`, bin/cli.ts for the CLI) from a bundle that
// esbuild builds without type checking, and rebuilds only when a source file is newer than the
// bundle. Type checking stays in `npm test` (tsc --noEmit). Usage: node scripts/launch.js main|cli [args]
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const ENTRIES = { main: 'main.ts', cli: path.join('bin', 'cli.ts') };
const SOURCES = ['main.ts', 'bin', 'lib', 'imports', 'package-lock.json'];

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const [name, ...args] = process.argv.slice(2);
const entry = ENTRIES[name];
if (!entry) {
  console.error(`usage: node scripts/launch.js ${Object.keys(ENTRIES).join('|')} [args]`);
  process.exit(2);
}
const bundle = path.join(root, 'build', 'bundle', `${name}.js`);
const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
if (SOURCES.some((s) => newestMtime(path.join(root, s)) > built)) {
  require('esbuild').buildSync({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'warning',
    // lib/output/flux-tree.ts resolves cdk8s at run time only to name its path in an error message
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}
process.argv = [process.argv[0], bundle, ...args];
require(bundle);
