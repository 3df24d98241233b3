import * as fs from 'fs';
import * as path from 'path';
import { inertKeyProblems } from '../../lib/config/config-warnings';
import { loadConfigFile } from '../../lib/config/load';
import { TREE_CHECKS, TreeCheck, formatFinding } from '../../lib/validate/tree-finding';
import { validateTree, ValidateTreeOptions } from '../../lib/validate/tree-validator';
import { CliCommand, defaultOutDir, EXIT_CODES_HELP, parseCommandArgs, reportUserErrors } from './command';
import { EXIT, UserError } from './synth';

/** Options of {@link runValidate}. */
export interface RunValidateOptions extends ValidateTreeOptions {
  /** The tree root, like `dist`. */
  readonly dir: string;
  /** The config the tree was synthesized from: its keys that do nothing are reported too. @default - the tree only */
  readonly configPath?: string;
  /** Keys the config sets that do nothing are errors, not warnings. @default false */
  readonly strict?: boolean;
}

const USAGE = `usage: langfuse-cdk8s validate [DIR] [--skip CHECK]... [--config FILE [--strict]]

Checks an emitted Flux tree without a cluster and prints one line per finding, sorted:
  FILE: KIND/NAME: FIELD: MESSAGE [CHECK]

checks:
  yaml             every file parses
  schema           every document against its CRD or the Kubernetes 1.28 schema
  chart-values     every Langfuse HelmRelease value key exists in the pinned chart's values.yaml
  kustomize        every listed resource exists in the tree, none is remote (http(s)://, git::, github.com/...,
                   ssh://, git@...) or a Helm chart, none leaves the tree; then kubectl kustomize of every
                   folder whose resources are all local (when kubectl is on PATH): validate never fetches
  flux-path        every Flux Kustomization spec.path exists in DIR
  flux-depends-on  every dependsOn target is in the tree (a target outside the tree is a warning)
  secret-in-clear  every Secret is SOPS-encrypted (sops block with a mac, ENC[...] values)
  resources        every workload (and the chart's web, worker, ClickHouse) requests CPU and memory
  pinned           images have a tag other than latest (or a digest); chart versions are exact
  unlisted-file    every manifest of a kustomization's folder is listed in it (Flux applies nothing else)
  orphan-app       every kustomization folder is the spec.path of a Flux Kustomization of the tree (or included)
  leftovers        nothing an interrupted synth left: an unfinished switch (journal), a staging folder,
                   temporary files (a synth's lock file is a warning)

  DIR            the tree root (default: $LANGFUSE_OUT, else ./dist)
  --skip CHECK   do not run CHECK (repeatable), e.g. --skip secret-in-clear for a plaintext local tree
  --config FILE  also check the config the tree comes from (a tree does not say which): an invalid config
                 exits 2, and every key it sets that does nothing (langfuse_sso_enabled without
                 keycloak_enabled, ...) is a warning: FILE: -: KEY: MESSAGE [inert-key]
  --strict       with --config: those keys are errors

The schemas and chart keys ship with the package (imports/schemas, derived by npm run import), so every
check runs on any machine; if they are missing the installation is incomplete and validate fails.
Warnings (kubectl missing, kinds without a known schema, dependencies outside the tree) are printed but
do not fail.

${EXIT_CODES_HELP}; 1 means at least one finding is an error`;

/** Checks an emitted tree and prints the findings; 1 when any is an error. */
export async function runValidate(options: RunValidateOptions): Promise<number> {
  return reportUserErrors(async () => {
    if (!fs.existsSync(options.dir) || !fs.statSync(options.dir).isDirectory()) {
      throw new UserError(`validate: "${options.dir}" is not a folder; run "langfuse-cdk8s synth" first or pass the tree root`);
    }
    const inert = options.configPath === undefined ? [] : inertKeyProblems(loadConfigFile(options.configPath));
    const result = validateTree(options.dir, options);
    for (const finding of result.findings) console.log(formatFinding(finding));
    for (const p of inert) console.log(`${options.strict ? '' : 'warning: '}${options.configPath}: -: ${p.key}: ${p.message} [inert-key]`);
    const errors = result.errors + (options.strict ? inert.length : 0);
    const warnings = result.findings.length - result.errors + (options.strict ? 0 : inert.length);
    const where = path.relative(process.cwd(), options.dir) || '.';
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = `validate: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${result.files} files `
      + `(${result.documents} documents) under ${where}`;
    if (errors > 0) console.error(summary);
    else console.log(summary);
    return errors > 0 ? EXIT.failure : EXIT.ok;
  });
}

/** `langfuse-cdk8s validate`. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check an emitted tree offline: schemas, chart keys, kustomize, Flux paths, encryption, requests, pins',
  usage: USAGE,
  run: (args) => reportUserErrors(async () => {
    const { values, positionals } = parseCommandArgs(args, {
      skip: { type: 'string', multiple: true }, config: { type: 'string' }, strict: { type: 'boolean' },
    }, USAGE, true);
    if (values.help) {
      console.log(USAGE);
      return EXIT.ok;
    }
    if (positionals.length > 1) throw new UserError(`validate takes one folder (got ${positionals.map((p) => `"${p}"`).join(' ')})\n\n${USAGE}`);
    const skip = (values.skip ?? []) as string[];
    const unknown = skip.filter((s) => !(TREE_CHECKS as readonly string[]).includes(s));
    if (unknown.length > 0) throw new UserError(`unknown check "${unknown[0]}" for --skip; checks: ${TREE_CHECKS.join(', ')}`);
    if (values.strict && values.config === undefined) throw new UserError(`validate --strict needs --config FILE: it makes the config's idle keys errors\n\n${USAGE}`);
    return runValidate({
      dir: path.resolve(positionals[0] ?? defaultOutDir()), skip: skip as TreeCheck[],
      configPath: values.config as string | undefined, strict: values.strict === true,
    });
  }),
};
