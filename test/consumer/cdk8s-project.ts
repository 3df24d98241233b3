import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/fixtures';

/** The environment for npm and node in a consumer project: none of the npm settings of the `npm test` running this. */
export function consumerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

/** Runs a command; throws with its output when it fails. */
export function run(command: string, args: readonly string[], cwd: string, env = consumerEnv()): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed with ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Whether npm reaches its registry (installs in a fresh project need it for what the cache lacks). */
export function registryReachable(): boolean {
  return spawnSync('npm', ['ping'], { env: consumerEnv(), encoding: 'utf8', timeout: 30_000 }).status === 0;
}

const cliRoot = path.dirname(require.resolve('cdk8s-cli/package.json'));
const TEMPLATE = path.join(cliRoot, 'templates', 'typescript-app');

/**
 * The values `cdk8s init` fills into its template: the versions of cdk8s and cdk8s-plus-33 next to
 * the installed cdk8s-cli, and the constructs version cdk8s-cli depends on.
 */
function initVariables(base: string): Record<string, string> {
  const version = (name: string) => require(require.resolve(`${name}/package.json`, { paths: [cliRoot] })).version as string;
  const cli = require(path.join(cliRoot, 'package.json'));
  return {
    $base: base,
    cdk8s_core_version: version('cdk8s'),
    cdk8s_plus_version: version('cdk8s-plus-33'),
    constructs_version: cli.dependencies.constructs.replace('^', ''),
    cdk8s_cli_spec: `^${cli.version}`,
  };
}

/** Options of {@link createCdk8sProject}. */
export interface Cdk8sProjectOptions {
  /** Exact versions that replace what the template asks for, like `{ cdk8s: '2.68.12' }`. */
  readonly dependencies?: Readonly<Record<string, string>>;
}

/**
 * A fresh project as `cdk8s init typescript-app` writes it: the template's tsconfig.json byte for
 * byte and its package.json with the same dependencies. Of the devDependencies it keeps what compiling
 * main.ts takes part in (typescript, @types/node); cdk8s-cli, jest and ts-node only make the install slower.
 */
export function createCdk8sProject(dir: string, options: Cdk8sProjectOptions = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(TEMPLATE, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  const variables = initVariables(path.basename(dir));
  const text = fs.readFileSync(path.join(TEMPLATE, 'package.json'), 'utf8')
    .replace(/\{\{\s*([$\w]+)\s*\}\}/g, (_, name: string) => {
      if (!(name in variables)) throw new Error(`unknown template variable ${name} in ${TEMPLATE}/package.json`);
      return variables[name];
    });
  const pkg = JSON.parse(text);
  pkg.devDependencies = { '@types/node': pkg.devDependencies['@types/node'], 'typescript': pkg.devDependencies.typescript };
  pkg.dependencies = { ...pkg.dependencies, ...options.dependencies };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

/** The fenced ```ts block under a README heading, exactly as written there. */
export function readmeSnippet(heading: string): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no heading "## ${heading}"`);
  const next = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(section);
  if (!block) throw new Error(`README.md has no \`\`\`ts block under "## ${heading}"`);
  return block[1];
}

/**
 * The working tree as a commit would hold it (tracked and untracked files, ignored ones left out),
 * copied into a fresh git repository: what `npm install git+...` or a folder install sees, without
 * touching this repository.
 */
export function snapshotRepository(dir: string): string {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], REPO_ROOT).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    const source = path.join(REPO_ROOT, file);
    if (!fs.existsSync(source)) continue; // deleted but not yet staged
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(source, path.join(dir, file));
  }
  const git = (...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@langfuse-cdk8s.local', ...args], dir);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot');
  return dir;
}
