// Entry point of `npx cdk8s synth`: synthesizes $LANGFUSE_CONFIG (default: the shipped example)
// into $LANGFUSE_OUT (default: dist/).
import * as path from 'path';
import { runSynth } from './bin/commands/synth';

const root = __dirname;
runSynth({
  configPath: process.env.LANGFUSE_CONFIG ?? path.join(root, 'examples', 'langfuse.yaml'),
  outDir: process.env.LANGFUSE_OUT ?? path.join(root, 'dist'),
}).then((code) => {
  process.exitCode = code;
});
