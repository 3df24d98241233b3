import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../support/fixtures';

/**
 * Runs a Job script with sh, with stub `clickhouse-client`, `aws` and `date` first on PATH: each
 * stub records its arguments and standard input (one JSON line per call) and answers from the
 * scenario, so that the scripts' logic is tested without a server or a bucket.
 */

/** One recorded call of a stub. */
export interface StubCall {
  readonly tool: string;
  readonly args: string[];
  readonly stdin: string;
}

/** What the stubs answer. */
export interface StubScenario {
  /** Backup folders in the bucket, and whether each has its .backup file. */
  readonly folders?: Record<string, boolean>;
  /** Answers of `clickhouse-client --query` by a substring of the query (first match wins). */
  readonly queries?: ReadonlyArray<readonly [string, string]>;
  /** Exit status of clickhouse-client for queries read from stdin (BACKUP/RESTORE). @default 0 */
  readonly statementExit?: number;
  /** `date` output. @default 20261201T040000Z / 1764561600 */
  readonly now?: string;
  /** Make `aws s3 ls` of the folder fail (no objects, or an error). @default false */
  readonly listFails?: boolean;
}

/** The result of a run. */
export interface StubRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly calls: StubCall[];
  /** Folders `aws s3 rm` deleted. */
  readonly deleted: string[];
  readonly workDir: string;
  readonly dir: string;
}

const RECORD = String.raw`
record() { node -e 'const fs=require("fs");const [tool,...args]=process.argv.slice(1);const stdin=process.env.STDIN_TEXT||"";fs.appendFileSync(process.env.STUB_LOG,JSON.stringify({tool,args,stdin})+"\n")' -- "$@"; }
`;

const CLICKHOUSE = `#!/bin/sh
${RECORD}
query=""; prev=""
for a in "$@"; do [ "$prev" = "--query" ] && query=$a; prev=$a; done
if [ -z "$query" ]; then STDIN_TEXT=$(cat); export STDIN_TEXT; record clickhouse-client "$@"; exit "$STUB_STATEMENT_EXIT"; fi
STDIN_TEXT=""; export STDIN_TEXT; record clickhouse-client "$@"
node -e 'const q=process.argv[1];const answers=JSON.parse(process.env.STUB_QUERIES);for(const [k,v] of answers){if(q.includes(k)){process.stdout.write(v+"\\n");process.exit(0)}}process.exit(3)' -- "$query"
`;

const AWS = `#!/bin/sh
${RECORD}
STDIN_TEXT=""; export STDIN_TEXT; record aws "$@"
node -e '
const args=process.argv.slice(1);const folders=JSON.parse(process.env.STUB_FOLDERS);const fs=require("fs");
const i=args.indexOf("s3");const rest=args.slice(i+1);
if(rest[0]==="ls"){ if(process.env.STUB_LIST_FAILS==="1")process.exit(1); for(const f of Object.keys(folders))console.log("                           PRE "+f+"/"); console.log("2026-12-01 04:00:00        123 stray-file"); process.exit(0);}
if(rest[0]==="rm"){ const url=rest.find(a=>a.startsWith("s3://")); fs.appendFileSync(process.env.STUB_DELETED,url+"\\n"); process.exit(0);}
const api=args.indexOf("s3api"); if(api>=0&&args[api+1]==="head-object"){const key=args[args.indexOf("--key")+1];const name=key.split("/").slice(-2)[0];process.exit(folders[name]?0:254);}
process.exit(2)' -- "$@"
`;

/** Runs `script` in a fresh folder with the stubs and the given environment. */
export function runWithStubs(script: string, env: Record<string, string>, scenario: StubScenario = {}, options: { strace?: boolean } = {}): StubRun {
  const dir = tempDir('stub-shell-');
  const bin = path.join(dir, 'bin');
  const workDir = path.join(dir, 'work');
  fs.mkdirSync(bin);
  fs.mkdirSync(workDir);
  const now = scenario.now ?? '20261201T040000Z';
  const stubs: Record<string, string> = {
    'clickhouse-client': CLICKHOUSE,
    aws: AWS,
    date: `#!/bin/sh\ncase "$*" in *%s*) echo 1764561600 ;; *) echo ${now} ;; esac\n`,
    sleep: '#!/bin/sh\nexit 0\n',
  };
  for (const [name, text] of Object.entries(stubs)) fs.writeFileSync(path.join(bin, name), text, { mode: 0o755 });
  const log = path.join(dir, 'calls.jsonl');
  const deletedLog = path.join(dir, 'deleted.txt');
  fs.writeFileSync(log, '');
  fs.writeFileSync(deletedLog, '');
  const scriptFile = path.join(dir, 'script.sh');
  fs.writeFileSync(scriptFile, script);
  const fullEnv = {
    PATH: `${bin}:${process.env.PATH}`,
    STUB_LOG: log,
    STUB_DELETED: deletedLog,
    STUB_FOLDERS: JSON.stringify(scenario.folders ?? {}),
    STUB_QUERIES: JSON.stringify(scenario.queries ?? []),
    STUB_STATEMENT_EXIT: String(scenario.statementExit ?? 0),
    STUB_LIST_FAILS: scenario.listFails ? '1' : '0',
    WORK_DIR: workDir,
    ...env,
  };
  const command = options.strace
    ? ['strace', ['-f', '-qq', '-e', 'trace=execve', '-s', '65536', '-o', path.join(dir, 'trace.txt'), 'sh', scriptFile]] as const
    : ['sh', [scriptFile]] as const;
  const result = spawnSync(command[0], [...command[1]], { env: fullEnv, encoding: 'utf8' });
  const calls = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as StubCall);
  const deleted = fs.readFileSync(deletedLog, 'utf8').split('\n').filter((l) => l !== '');
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, calls, deleted, workDir, dir };
}

/** Every execve of a strace run: program and arguments. */
export function tracedExecs(run: StubRun): string {
  return fs.readFileSync(path.join(run.dir, 'trace.txt'), 'utf8');
}
