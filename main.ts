// Entry point of `npx cdk8s synth` (cdk8s.yaml runs it through scripts/launch.js): the CLI's synth with
// its defaults, so both read the same config the same way. The config is $LANGFUSE_CONFIG, else
// ./langfuse.yaml or ./langfuse.sops.yaml, else the shipped example (synth says which); the tree goes to
// $LANGFUSE_OUT, else ./dist; LANGFUSE_ADOPT=1 is synth's --adopt. How synth behaves inside cdk8s synth
// (summary on stderr, a marker in cdk8s' output folder, failures without cdk8s' stack trace) is in
// bin/commands/cdk8s-app.ts. Errors follow the CLI's rules; stack traces only with LANGFUSE_DEBUG=1.
import { runCli } from './bin/cli-main';

const adopt = process.env.LANGFUSE_ADOPT === '1' || process.env.LANGFUSE_ADOPT === 'true';
void runCli(['synth', ...(adopt ? ['--adopt'] : [])]).then((code) => { process.exitCode = code; });
