import * as fs from 'fs';
import * as path from 'path';
import { EXIT } from './cli-errors';

/**
 * `synth` run by `cdk8s synth` as its app (`app:` in cdk8s.yaml: `npx cdk8s synth` in this
 * checkout runs main.ts, which is this synth). What cdk8s-cli 2.207.60 does around its app
 * (lib/util.js `synthApp`, lib/cli/index.js) decides how synth behaves there:
 *
 * - it sets `CDK8S_OUTDIR` (and `CDK8S_RECORD_CONSTRUCT_METADATA`) and empties that folder first:
 *   the Flux tree is written elsewhere (`--out`, default dist/), so a failed run cannot erase it, and
 *   a tree inside that folder is refused (lib/output/cdk8s-out-dir.ts);
 * - it pipes the app's stdout and discards it; stderr reaches the terminal: the summary goes there;
 * - afterwards it lists every `*.yaml` under the folder, and says "No manifests synthesized" when
 *   there is none: synth leaves {@link CDK8S_MARKER_FILE}, a YAML stream without documents;
 * - when the app exits non-zero, it prints its own stack trace and exits 1; when the app exits 0
 *   without creating the folder, it prints one line (`ERROR: synthesis failed, app expected to
 *   create ...`) and exits 1: a failed synth (its message already printed) uses that, so that no
 *   stack trace follows the message. Exit 2 cannot reach the shell through cdk8s-cli in any case.
 */

/** The file synth leaves in cdk8s' output folder: a comment, no manifest. */
export const CDK8S_MARKER_FILE = 'langfuse-cdk8s.k8s.yaml';

/**
 * Ends synth as the app of `cdk8s synth` (see above): on success the marker file, pointing at the
 * tree; on failure, when cdk8s-cli has emptied its folder (not with `cdk8s synth --stdout`,
 * whose folder exists), exit 0 without creating it, which cdk8s-cli reports as a failure in one
 * line and exit 1. Returns the app's exit code.
 */
export function endCdk8sApp(code: number, cdk8sOutDir: string): number {
  if (code === EXIT.ok) {
    fs.mkdirSync(cdk8sOutDir, { recursive: true });
    fs.writeFileSync(path.join(cdk8sOutDir, CDK8S_MARKER_FILE), [
      '# langfuse-cdk8s wrote the Flux tree to its own folder (dist/, or --out / $LANGFUSE_OUT; its summary says where),',
      '# not here: cdk8s synth empties this folder before every run, and a failed run must leave the committed',
      '# tree as it was. This file holds no manifest (a YAML stream without documents); it only tells cdk8s',
      '# synth that the app succeeded.',
      '',
    ].join('\n'));
    return code;
  }
  if (fs.existsSync(cdk8sOutDir)) return code;
  console.error(`synth failed (exit ${code}); nothing was written. cdk8s synth reports it below and exits 1`);
  return EXIT.ok;
}
