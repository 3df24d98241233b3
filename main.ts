// Entry point of `npx cdk8s synth`: synthesizes $LANGFUSE_CONFIG (default: the shipped example)
// into $LANGFUSE_OUT (default: dist/); LANGFUSE_ADOPT=1 is synth's --adopt.
import * as fs from 'fs';
import * as path from 'path';
import { runSynth } from './bin/commands/synth';
import { projectRoot } from './lib/validate/shared-paths';

// The project root, whether this runs as TypeScript or compiled under build/.
const root = projectRoot();
const outDir = process.env.LANGFUSE_OUT ?? path.join(root, 'dist');

const adopt = process.env.LANGFUSE_ADOPT === '1' || process.env.LANGFUSE_ADOPT === 'true';

runSynth({ configPath: process.env.LANGFUSE_CONFIG ?? path.join(root, 'examples', 'langfuse.yaml'), outDir, adopt }).then((code) => {
  // cdk8s synth empties its own output folder before running the app and insists that the app
  // creates it; the Flux tree goes to `outDir` instead, so that a failed run cannot erase it.
  const cdk8sOut = process.env.CDK8S_OUTDIR;
  if (code === 0 && cdk8sOut) {
    fs.mkdirSync(cdk8sOut, { recursive: true });
    fs.writeFileSync(path.join(cdk8sOut, 'README.txt'), `The Flux tree was written to ${outDir}\n`);
  }
  process.exitCode = code;
});
