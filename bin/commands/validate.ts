import * as fs from 'fs';
import * as path from 'path';
import { inertKeyProblems } from '../../lib/config/config-warnings';
import { loadConfig } from '../../lib/config/load';
import { App } from 'cdk8s';
import { movedFluxApps } from '../../lib/flux/flux-app-chart';
import { parentNamespaceReader } from '../../lib/output/parent-kustomization';
import { readTreeFile } from '../../lib/output/safe-paths';
import { buildApp } from '../../lib/synth';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { systemFolderOf } from '../../lib/output/safe-paths';
import { TREE_CHECKS, TreeCheck, TreeFinding, formatFinding, sortFindings } from '../../lib/validate/tree-finding';
import { validateTree, ValidateTreeOptions } from '../../lib/validate/tree-validator';
import { shownPath } from './caller-paths';
import { CliCommand, defaultOutDir, defineCommand, EXIT_CODES_HELP } from './command';
import { CommandOutput, JSON_OPTION_HELP, TEXT_OUTPUT } from './json-output';
import { EXIT, UserError } from './synth';

/** Options of {@link runValidate}. */
export interface RunValidateOptions extends ValidateTreeOptions {
  /** The tree root, like `dist`. */
  readonly dir: string;
  /** The config the tree was synthesized from: its keys that do nothing are reported too. @default - the tree only */
  readonly configPath?: string;
  /** Keys the config sets that do nothing are errors, not warnings. @default false */
  readonly strict?: boolean;
  /** Where the identities that open an encrypted config come from. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Text or `--json`. @default - text on stdout */
  readonly output?: CommandOutput;
}

/** A key the config (`--config`) sets that does nothing: a warning, an error with `--strict`. */
export interface ValidateInertKey {
  readonly severity: 'error' | 'warning';
  /** The key, like `langfuse_sso_enabled` (`instances[1].…` with several instances). */
  readonly key: string;
  readonly message: string;
}

/** The `--json` document of validate (docs/cli-json.md). */
export interface ValidateSummary {
  /** The tree root, absolute. */
  readonly dir: string;
  /** The config given with `--config`, absolute. @default - none given */
  readonly config?: { readonly path: string; readonly source: 'option' };
  readonly files: number;
  readonly documents: number;
  /** Findings and, with `--strict`, inert keys that are errors. */
  readonly errors: number;
  readonly warnings: number;
  /** Sorted as the text lines are. */
  readonly findings: readonly TreeFinding[];
  /** The keys the config sets that do nothing (empty without `--config`). */
  readonly inertKeys: readonly ValidateInertKey[];
}

const USAGE = `usage: langfuse-cdk8s validate [DIR] [--skip CHECK]... [--config FILE [--strict]] [--json]

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
  flux-sops-secret with --config: a warning when a namespace folder's namespace: moves a Flux Kustomization
                   away from the namespace the config expects its SOPS Secret (flux_sops_secret_name) in
  secret-in-clear  every Secret is SOPS-encrypted (sops block with a mac, ENC[...] values)
  resources        every workload (and the chart's web, worker, ClickHouse) requests CPU and memory
  pinned           images have a tag other than latest (or a digest); chart versions are exact
  unlisted-file    every manifest of a kustomization's folder is listed in it (Flux applies nothing else)
  orphan-app       every kustomization folder is the spec.path of a Flux Kustomization of the tree (or included)
  leftovers        nothing an interrupted synth left: an unfinished switch (journal), a staging folder,
                   temporary files (a synth's lock file is a warning)

  DIR            the tree root (default: $LANGFUSE_OUT, else ./dist)
  --skip CHECK   do not run CHECK (repeatable), e.g. --skip secret-in-clear for a plaintext local tree
  --config FILE  also check the config the tree comes from, plain or encrypted (a tree does not say which):
                 an invalid config exits 2, and every key it sets that does nothing (langfuse_sso_enabled
                 without keycloak_enabled, ...) is a warning: FILE: -: KEY: MESSAGE [inert-key]
  --strict       with --config: those keys are errors
  ${JSON_OPTION_HELP}

The schemas and chart keys ship with the package (imports/schemas, derived by npm run import), so every
check but the kustomize build (which needs kubectl) runs on any machine; if they are missing the
installation is incomplete and validate fails.
Warnings (kubectl missing, kinds without a known schema, dependencies outside the tree) are printed but
do not fail.

${EXIT_CODES_HELP}; 1 means at least one finding is an error`;

/**
 * The config built against the tree's parents: a Kustomization a parent's `namespace:` moves away
 * from its SOPS Secret (see `sopsSecretMoveWarning`), one warning on its ks.yaml each.
 */
function sopsSecretFindings(dir: string, configs: readonly LangfuseConfig[]): TreeFinding[] {
  const { app } = buildApp(configs, new App({ outdir: 'unused' }), { parentNamespace: parentNamespaceReader((p) => readTreeFile(dir, p)) });
  return movedFluxApps(app.charts).map((c) => ({
    severity: 'warning', check: 'flux-sops-secret', file: `${c.appDirectory}/ks.yaml`,
    document: `Kustomization/${c.kustomization.name}`, field: 'spec.decryption.secretRef', message: c.sopsSecretWarning!,
  }));
}

/** Checks an emitted tree and prints the findings; 1 when any is an error. */
export async function runValidate(options: RunValidateOptions): Promise<number> {
  const output = options.output ?? TEXT_OUTPUT;
  return output.run('validate', async () => {
    const system = systemFolderOf(path.resolve(options.dir));
    if (system) throw new UserError(`validate: "${options.dir}" is the system folder ${system}, not a Flux tree; pass the tree root, like ./dist`);
    if (!fs.existsSync(options.dir) || !fs.statSync(options.dir).isDirectory()) {
      throw new UserError(`validate: "${options.dir}" is not a folder; run "langfuse-cdk8s synth" first or pass the tree root`);
    }
    const configPath = options.configPath === undefined ? undefined : path.resolve(options.configPath);
    const severity = options.strict ? 'error' as const : 'warning' as const;
    const configs = configPath === undefined ? undefined : await loadConfig(configPath, { env: options.env });
    const inert: ValidateInertKey[] = configs === undefined ? []
      : inertKeyProblems(configs).map((p) => ({ severity, key: p.key, message: p.message }));
    const tree = validateTree(options.dir, options);
    const moved = configs === undefined || options.skip?.includes('flux-sops-secret') ? [] : sopsSecretFindings(options.dir, configs);
    const result = { ...tree, findings: sortFindings([...tree.findings, ...moved]) };
    const strictErrors = options.strict ? inert.length : 0;
    const summary: ValidateSummary = {
      dir: path.resolve(options.dir),
      ...(configPath === undefined ? {} : { config: { path: configPath, source: 'option' as const } }),
      files: result.files,
      documents: result.documents,
      errors: result.errors + strictErrors,
      warnings: result.findings.length - result.errors + inert.length - strictErrors,
      findings: result.findings,
      inertKeys: inert,
    };
    if (output.json) {
      output.result('validate', summary);
    } else {
      for (const finding of result.findings) output.text(formatFinding(finding));
      for (const k of inert) output.text(`${k.severity === 'warning' ? 'warning: ' : ''}${shownPath(configPath!)}: -: ${k.key}: ${k.message} [inert-key]`);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const line = `validate: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${summary.files} files `
        + `(${summary.documents} documents) under ${shownPath(summary.dir)}`;
      if (summary.errors > 0) console.error(line);
      else output.text(line);
    }
    return summary.errors > 0 ? EXIT.failure : EXIT.ok;
  });
}

/** `langfuse-cdk8s validate`. */
export const validateCommand: CliCommand = defineCommand({
  name: 'validate',
  summary: 'check an emitted tree offline: schemas, chart keys, kustomize, Flux paths, encryption, requests, pins',
  usage: USAGE,
  options: { skip: { type: 'string', multiple: true }, config: { type: 'string', path: true }, strict: { type: 'boolean' } },
  positionals: 'paths',
  json: true,
}, async ({ values, positionals }, output) => {
  if (positionals.length > 1) throw new UserError(`validate takes one folder (got ${positionals.map((p) => `"${p}"`).join(' ')})\n\n${USAGE}`);
  const skip = (values.skip ?? []) as string[];
  const unknown = skip.filter((s) => !(TREE_CHECKS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new UserError(`unknown check "${unknown[0]}" for --skip; checks: ${TREE_CHECKS.join(', ')}`);
  if (values.strict && values.config === undefined) throw new UserError(`validate --strict needs --config FILE: it makes the config's idle keys errors\n\n${USAGE}`);
  return runValidate({
    dir: positionals[0] ?? defaultOutDir(), skip: skip as TreeCheck[], output,
    configPath: values.config as string | undefined, strict: values.strict === true,
  });
});
