#!/usr/bin/env node
// The langfuse-cdk8s command line: `npm run cli -- <command> [options]`.
import * as path from 'path';
import { parseArgs } from 'util';
import { EXIT, runSynth } from './commands/synth';

const USAGE = `usage: langfuse-cdk8s <command> [options]

commands:
  synth     config -> Flux tree (default config: examples/langfuse.yaml, default output: dist/)

run "langfuse-cdk8s <command> --help" for the options of a command

exit codes: 0 success, 1 unexpected failure, 2 invalid config or usage`;

const SYNTH_USAGE = `usage: langfuse-cdk8s synth [--config FILE] [--out DIR]

  --config FILE  config file (default: $LANGFUSE_CONFIG or examples/langfuse.yaml)
  --out DIR      output root of the Flux tree (default: $LANGFUSE_OUT or dist)`;

const root = path.resolve(__dirname, '..');

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command === undefined ? EXIT.badConfig : EXIT.ok;
  }
  if (command === 'synth') {
    const { values } = parseArgs({ args: rest, options: { config: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(SYNTH_USAGE);
      return EXIT.ok;
    }
    return runSynth({
      configPath: values.config ?? process.env.LANGFUSE_CONFIG ?? path.join(root, 'examples', 'langfuse.yaml'),
      outDir: values.out ?? process.env.LANGFUSE_OUT ?? path.join(root, 'dist'),
    });
  }
  console.error(`unknown command "${command}"\n\n${USAGE}`);
  return EXIT.badConfig;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(e.message);
      process.exitCode = EXIT.badConfig;
      return;
    }
    throw e;
  },
);
