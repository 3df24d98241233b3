import * as path from 'path';
import { parseDocument } from 'yaml';
import { ConfigError } from '../../lib/config/errors';
import { CONFIG_JSON_SCHEMA_PATH } from '../../lib/config/json-schema';
import { MAX_YAML_ALIASES, parseConfig } from '../../lib/config/load';
import { configKeys } from '../../lib/config/schema';
import { readInputFile } from '../../lib/input-file';
import { ImportResult, importReference } from '../../lib/reference/import-reference';
import { renderImportedConfig } from '../../lib/reference/render-import';
import { projectRoot } from '../../lib/validate/shared-paths';
import { shellQuote } from '../../lib/shell-quote';
import { writeUserFile } from './atomic-file';
import { shownPath } from './caller-paths';
import { CliCommand, defineCommand, EXIT_CODES_HELP, reportUserErrors } from './command';
import { CommandOutput, TEXT_OUTPUT } from './json-output';
import { EXIT, UserError } from './synth';
import { textTable } from './text-table';

/** Options of {@link runImportReference}. */
export interface RunImportReferenceOptions {
  /** The reference deployment's cluster.yaml. */
  readonly from: string;
  /** Where the config is written. */
  readonly out: string;
  /** Replace an existing file. @default false */
  readonly force?: boolean;
  /** @default - text on stdout */
  readonly output?: CommandOutput;
}

/** Reads a cluster.yaml as a mapping (YAML errors, an alias bomb and a non-mapping are the user's, exit 2). */
function readClusterYaml(file: string): Record<string, unknown> {
  const shown = shownPath(file);
  const text = readInputFile(file);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) throw new UserError(`${shown} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    // yaml throws a ReferenceError for excessive aliases and for an alias to a missing anchor
    throw new UserError(`${shown} cannot be read: ${(e as Error).message.split('\n')[0]} (at most ${MAX_YAML_ALIASES} alias expansions)`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`${shown} must be the reference deployment's cluster.yaml: a mapping of its variables, like "langfuse_enabled: true"`);
  }
  return value as Record<string, unknown>;
}

/** The summary lines: counts, and every conversion and drop with its reason (never a value). */
export function importSummary(result: ImportResult): string[] {
  const count = (kind: string) => result.decisions.filter((d) => d.kind === kind).length;
  const lines = [`${count('kept')} kept, ${count('renamed')} renamed, ${count('converted')} converted, ${count('added')} added for the switch, `
    + `${count('dropped')} dropped, ${result.unrelated.length} keys not about Langfuse left out`];
  for (const d of result.decisions.filter((x) => x.kind === 'converted' || x.kind === 'renamed' || x.kind === 'dropped')) {
    lines.push(`  ${d.kind.padEnd(9)} ${d.from.join(', ') || d.to}${d.to && !d.from.includes(d.to) ? ` -> ${d.to}` : ''}: ${d.reason}`);
  }
  return lines;
}

/**
 * Converts a reference cluster.yaml into a config, checks that the config is valid (a problem is
 * reported like any config problem, and nothing is written), writes it with a comment per decision
 * (mode 600: it holds secrets) and prints a summary and the next steps.
 */
export async function runImportReference(options: RunImportReferenceOptions): Promise<number> {
  return reportUserErrors(async () => {
    const output = options.output ?? TEXT_OUTPUT;
    const from = path.resolve(options.from);
    const out = path.resolve(options.out);
    const source = `${shownPath(from)} (converted by import-reference)`;
    const raw = readClusterYaml(from);
    const result = importReference(raw);
    try {
      parseConfig(result.config, source);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      throw new ConfigError(source, e.problems.map((p) => ({
        ...p, message: `${p.message} (the value comes from the cluster.yaml; fix it there or in the written config)`,
      })));
    }
    const schemaPath = path.relative(path.dirname(out), path.join(projectRoot(), CONFIG_JSON_SCHEMA_PATH)).split(path.sep).join('/');
    const text = renderImportedConfig(result, { source: path.basename(from), keyOrder: configKeys, schemaPath });
    writeUserFile(out, text, { force: options.force ?? false, mode: 0o600, shown: shownPath(out) });
    output.text(`import-reference: wrote ${shownPath(out)} (file mode 600: it holds the reference's secrets in clear, like cluster.yaml; keep it out of git) `
      + `from ${shownPath(from)}`);
    for (const line of importSummary(result)) output.text(`  ${line}`);
    const config = `--config ${shellQuote(shownPath(out))}`;
    output.text(['next:', textTable([
      [`langfuse-cdk8s explain ${config}`, '# what the converted config means'],
      [`langfuse-cdk8s doctor --switch-from-reference ${config}`, '# the ordered runbook: backup, queue drain, suspend, adopt, check, clean up'],
      [`langfuse-cdk8s synth ${config} --out . --adopt`, '# in the reference repository: takes over kubernetes/apps/ai-system/langfuse'],
      [`langfuse-cdk8s upgrade plan ${config}`, '# after the switch: the staged way to v4 and the operator\'s ClickHouse, keeping the traces'],
    ], '  ')].join('\n'));
    return EXIT.ok;
  });
}

const USAGE = `usage: langfuse-cdk8s import-reference --from CLUSTER_YAML --out FILE [--force]

Converts the reference deployment's cluster.yaml (MatherlyNet/talos-cluster's templating variables;
the whole file, its other apps' keys are left out) into a config for this tool, and writes it with a
comment on every key: kept, renamed, converted (with the unit or the rule), or added for the switch
(the reference's Flux Kustomization ai-system/langfuse, its dependsOn names, its Database, route and
Secret names, its Dragonfly users and Keycloak scopes), and the dropped keys with the reason. Values
that work in the reference's cluster are kept: API keys in the lf_pk_ form, passwords with + or /.
The result is validated first: a problem is reported like a config problem and nothing is written.

  --from FILE   the reference cluster.yaml
  --out FILE    the config to write (mode 600); never over an existing file without --force, never
                through a symbolic link
  --force       replace an existing --out file

Then: doctor --switch-from-reference --config FILE prints the ordered switch runbook.

${EXIT_CODES_HELP}`;

/** `langfuse-cdk8s import-reference`. */
export const importReferenceCommand: CliCommand = defineCommand({
  name: 'import-reference',
  summary: 'convert the reference deployment\'s cluster.yaml into a commented config that keeps its names and data',
  usage: USAGE,
  options: { from: { type: 'string', path: true }, out: { type: 'string', path: true }, force: { type: 'boolean' } },
}, ({ values }, output) => {
  if (typeof values.from !== 'string' || typeof values.out !== 'string') throw new UserError(`import-reference needs --from and --out\n\n${USAGE}`);
  return runImportReference({ from: values.from, out: values.out, force: values.force === true, output });
});
