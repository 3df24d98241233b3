// Entry point of `npx cdk8s synth`: synthesizes $LANGFUSE_CONFIG (default: the shipped example)
// into $LANGFUSE_OUT (default: dist/); LANGFUSE_ADOPT=1, LANGFUSE_ALLOW_DELETE=1 and LANGFUSE_STRICT=1 are synth's --adopt,
// --allow-delete and --strict. Errors follow the CLI's rules: a bad
// config is one paragraph and exit 2, a bug one line and exit 1, stack traces only with LANGFUSE_DEBUG=1.
import * as fs from 'fs';
import * as path from 'path';
import { EXIT, reportError } from './bin/commands/cli-errors';
import { runSynth } from './bin/commands/synth';
import { projectRoot } from './lib/validate/shared-paths';

async function main(): Promise<number> {
  // The project root, whether this runs as TypeScript or compiled under build/.
  const root = projectRoot();
  // an empty variable counts as unset
  const outDir = path.resolve(process.env.LANGFUSE_OUT || path.join(root, 'dist'));
  const adopt = process.env.LANGFUSE_ADOPT === '1' || process.env.LANGFUSE_ADOPT === 'true';
  const allowDelete = process.env.LANGFUSE_ALLOW_DELETE === '1' || process.env.LANGFUSE_ALLOW_DELETE === 'true';
  const strict = process.env.LANGFUSE_STRICT === '1' || process.env.LANGFUSE_STRICT === 'true';
  const code = await runSynth({ configPath: process.env.LANGFUSE_CONFIG || path.join(root, 'examples', 'langfuse.yaml'), outDir, adopt, allowDelete, strict });
  // cdk8s synth empties its own output folder before running the app and insists that the app
  // creates it; the Flux tree goes to `outDir` instead, so that a failed run cannot erase it.
  const cdk8sOut = process.env.CDK8S_OUTDIR;
  if (code === EXIT.ok && cdk8sOut) {
    fs.mkdirSync(cdk8sOut, { recursive: true });
    fs.writeFileSync(path.join(cdk8sOut, 'README.txt'), `The Flux tree was written to ${outDir}\n`);
  }
  return code;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => { process.exitCode = reportError(e); });
