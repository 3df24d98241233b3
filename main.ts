// Entry point of `npx cdk8s synth` (cdk8s.yaml runs it through scripts/launch.js): the CLI's synth with
// its defaults, so both read the same config the same way. The config is $LANGFUSE_CONFIG, else
// ./langfuse.yaml or ./langfuse.sops.yaml, else the shipped example (synth says which); the tree goes to
// $LANGFUSE_OUT, else ./dist; LANGFUSE_ADOPT=1, LANGFUSE_ALLOW_DELETE=1 and LANGFUSE_STRICT=1 are synth's
// --adopt, --allow-delete and --strict. How synth behaves inside cdk8s synth (summary on stderr, a marker
// in cdk8s' output folder, failures without cdk8s' stack trace) is in bin/commands/cdk8s-app.ts. Errors
// follow the CLI's rules; stack traces only with LANGFUSE_DEBUG=1.
import { runCli } from './bin/cli-main';

const on = (name: string) => process.env[name] === '1' || process.env[name] === 'true';
const flags = ([['LANGFUSE_ADOPT', '--adopt'], ['LANGFUSE_ALLOW_DELETE', '--allow-delete'], ['LANGFUSE_STRICT', '--strict']] as const)
  .filter(([variable]) => on(variable)).map(([, flag]) => flag);
void runCli(['synth', ...flags]).then((code) => { process.exitCode = code; });
