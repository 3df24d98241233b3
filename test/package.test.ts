import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';
import { REPO_ROOT } from './support/fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { COMPILED_DIR, HASH_FILE, compiledSourcesHash } = require('../scripts/compiled-sources');

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const compiled = (p: string) => path.join(REPO_ROOT, p);

function filesUnder(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p, ext);
    return e.name.endsWith(ext) ? [p] : [];
  });
}

/** The package a bare specifier names: `@scope/name/x` → `@scope/name`, `name/x` → `name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the package', () => {
  test('ships compiled/ built from the current sources ("npm run compile" after every change to lib/, bin/ or imports/)', () => {
    const recorded = fs.existsSync(compiled(HASH_FILE)) ? fs.readFileSync(compiled(HASH_FILE), 'utf8') : 'none';
    if (recorded !== compiledSourcesHash()) throw new Error(`${COMPILED_DIR}/ is out of date: run "npm run compile" and commit the result`);
  });

  test('declares every package its shipped JavaScript requires as a dependency or peer dependency', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    const required = new Set<string>();
    for (const file of filesUnder(compiled(COMPILED_DIR), '.js')) {
      const code = fs.readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\brequire\((["'])([^"'./][^"']*)\1\)/g)) required.add(packageOf(m[2]));
    }
    const missing = [...required].filter((p) => !builtinModules.includes(p) && !declared.has(p));
    expect(missing).toEqual([]);
    expect([...required]).toEqual(expect.arrayContaining(['ajv', 'ajv-formats', 'age-encryption', 'cdk8s', 'constructs', 'zod']));
  });

  test('brings no cdk8s or constructs of its own: a second copy breaks synthesis', () => {
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['cdk8s', 'constructs']);
    expect(pkg.dependencies.cdk8s).toBeUndefined();
    expect(pkg.dependencies.constructs).toBeUndefined();
    expect(pkg.devDependencies.cdk8s).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies.constructs).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('has no script that makes npm build or prepare it when installing from git or a folder', () => {
    // When one of these exists, npm installs every devDependency in a git clone before packing it
    // (`build` included: pacote's git fetcher treats it as a build step), and runs `prepare` in a
    // linked folder, where it fails without node_modules. compiled/ is committed instead.
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build'];
    expect(Object.keys(pkg.scripts).filter((s) => installTime.includes(s))).toEqual([]);
  });

  test('points main, types, every export and the binary at files in compiled/ that the files list ships', () => {
    const targets: string[] = [pkg.main, pkg.types, pkg.bin['langfuse-cdk8s']];
    for (const [subpath, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      if (subpath.includes('*') || typeof target === 'string') continue;
      targets.push(target.types, target.default);
    }
    for (const target of targets) {
      expect(fs.existsSync(compiled(target))).toBe(true);
      expect(pkg.files.some((f: string) => path.normalize(target).startsWith(`${f}/`))).toBe(true);
    }
    expect(fs.readFileSync(compiled(pkg.bin['langfuse-cdk8s']), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(fs.statSync(compiled(pkg.bin['langfuse-cdk8s'])).mode & 0o111).toBe(0o111);
  });

  test('ships every docs/ file the CLI and the library name in their help and messages', () => {
    // the code without its comments (which also cite ../shared/docs); a string may cite another project's docs
    const otherProjects = new Set(['docs/podmonitor.md']); // dragonfly-operator's
    const code = (file: string) => ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: { removeComments: true } }).outputText;
    const named = new Set(['bin', 'lib'].flatMap((dir) => filesUnder(path.join(REPO_ROOT, dir), '.ts'))
      .filter((file) => fs.readFileSync(file, 'utf8').includes('docs/'))
      .flatMap((file) => [...code(file).matchAll(/\bdocs\/[a-z0-9-]+\.md\b/g)].map((m) => m[0])).filter((doc) => !otherProjects.has(doc)));
    expect([...named]).toEqual(expect.arrayContaining(['docs/configuration.md', 'docs/cli-json.md']));
    for (const doc of named) {
      expect(fs.existsSync(path.join(REPO_ROOT, doc))).toBe(true);
      expect({ doc, shipped: pkg.files.some((f: string) => doc.startsWith(`${f}/`)) }).toEqual({ doc, shipped: true });
    }
  });

  test('maps each subpath for the TypeScript resolution cdk8s init sets up (node10: typesVersions) as exports does', () => {
    const subpaths = Object.keys(pkg.exports).filter((s) => s !== '.' && s !== './package.json').map((s) => s.slice(2));
    expect(Object.keys(pkg.typesVersions['*']).sort()).toEqual(subpaths.sort());
    for (const subpath of subpaths) expect(pkg.typesVersions['*'][subpath]).toEqual([pkg.exports[`./${subpath}`].types.slice(2)]);
  });

  test('never makes a consumer compile zod: no declaration the main entry point reaches imports it', () => {
    // zod's declarations need esModuleInterop or skipLibCheck, which cdk8s init does not set.
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from |import\()["']([^"']+)["']/g)) {
        expect(`${path.relative(REPO_ROOT, file)} imports ${m[1]}`).not.toMatch(/imports zod/);
        if (m[1].startsWith('.')) visit(path.resolve(path.dirname(file), `${m[1]}.d.ts`));
      }
    };
    for (const entry of [pkg.types, pkg.exports['./sops'].types]) visit(compiled(entry));
    expect(seen.size).toBeGreaterThan(50);
  });
});
