#!/usr/bin/env node
// Runs an entry point (main.ts for `cdk8s synth`, bin/cli.ts for the CLI) from a bundle that
// esbuild builds without type checking, and rebuilds only when a source file is newer than the
// bundle. Type checking stays in `npm test` (tsc --noEmit). Usage: node scripts/launch.js main|cli [args]
'use strict';
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

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
  removeCodeCaches();
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
runWithCodeCache(bundle);

// Parsing the 4 MB bundle is a fifth of a synth. V8's code cache of it (Node 20 has no
// module.enableCompileCache) lives next to the bundle, named after the bundle's size and mtime:
// V8 itself checks only the source's length, so a cache never outlives the bundle it was made from.
function codeCachePath(file) {
  const stat = fs.statSync(file);
  return `${file}.${stat.size}-${Math.trunc(stat.mtimeMs)}.v8cache`;
}

function removeCodeCaches() {
  const folder = path.dirname(bundle);
  if (!fs.existsSync(folder)) return;
  for (const entry of fs.readdirSync(folder)) {
    if (entry.startsWith(`${name}.js.`) && /\.v8cache(\.\d+\.tmp)?$/.test(entry)) fs.rmSync(path.join(folder, entry), { force: true });
  }
}

/** require(file), compiled from and, when there is none yet, into the code cache. */
function runWithCodeCache(file) {
  const cacheFile = codeCachePath(file);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8').replace(/^#!.*/, '')), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // written once the run is over, so it holds the functions the run compiled; a temporary file
    // renamed into place, so a concurrent or killed run never leaves a torn cache
    process.once('exit', () => {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, script.createCachedData(), { flag: 'wx' });
        fs.renameSync(temporary, cacheFile);
      } catch {
        fs.rmSync(temporary, { force: true });
      }
    });
  }
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  require.cache[file] = module;
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
}
