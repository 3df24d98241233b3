import * as path from 'path';
import { OutputTreeError } from './output-tree-error';

/**
 * The output folder `cdk8s synth` gave this process, when it is the app of `cdk8s synth`: both
 * variables cdk8s-cli sets for its app (`CDK8S_OUTDIR`, `CDK8S_RECORD_CONSTRUCT_METADATA`) are present.
 */
export function cdk8sAppOutDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CDK8S_OUTDIR && env.CDK8S_RECORD_CONSTRUCT_METADATA !== undefined ? path.resolve(env.CDK8S_OUTDIR) : undefined;
}

/**
 * Refuses a Flux tree root (resolved) that is `cdk8s synth`'s output folder or inside it:
 * cdk8s-cli empties that folder before it runs the app, so the previous tree is gone before the
 * writer can compare against it, and the deletion guard and the ownership checks see nothing.
 * Read from the environment here, in the writer, since a library consumer's entry point run by
 * `cdk8s synth` calls `writeTree` itself.
 * @param realPath the real path of a resolved path whose end may not exist yet (`realPathOf`)
 */
export function checkNotCdk8sOutDir(outDir: string, root: string, realPath: (resolved: string) => string, env: NodeJS.ProcessEnv = process.env): void {
  const cdk8sOut = cdk8sAppOutDir(env);
  if (cdk8sOut === undefined) return;
  // compared as named and through symbolic links (a linked parent must not lead into it)
  const within = (a: string, b: string) => a === b || a.startsWith(`${b}${path.sep}`);
  const [realRoot, realOut] = [realPath(root), realPath(cdk8sOut)];
  if (!within(root, cdk8sOut) && !within(realRoot, realOut)) return;
  throw new OutputTreeError([
    `the Flux tree's folder "${outDir}" is ${root === cdk8sOut || realRoot === realOut ? '' : 'inside '}cdk8s synth's output folder ${cdk8sOut} (CDK8S_OUTDIR),`,
    'which cdk8s synth empties before it runs the app: the previous tree would be gone, and with it the deletion guard and the ownership checks.',
    'Write the tree to another folder (synth: --out or $LANGFUSE_OUT; a library entry point: the outDir it passes to writeTree),',
    'or point `output:` in cdk8s.yaml at a throwaway folder like .cdk8s.out.',
  ].join(' '));
}
