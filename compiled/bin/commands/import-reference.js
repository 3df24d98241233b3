"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.importReferenceCommand = void 0;
exports.importSummary = importSummary;
exports.runImportReference = runImportReference;
const path = __importStar(require("path"));
const yaml_1 = require("yaml");
const errors_1 = require("../../lib/config/errors");
const json_schema_1 = require("../../lib/config/json-schema");
const load_1 = require("../../lib/config/load");
const schema_1 = require("../../lib/config/schema");
const input_file_1 = require("../../lib/input-file");
const import_reference_1 = require("../../lib/reference/import-reference");
const render_import_1 = require("../../lib/reference/render-import");
const shared_paths_1 = require("../../lib/validate/shared-paths");
const shell_quote_1 = require("../../lib/shell-quote");
const atomic_file_1 = require("./atomic-file");
const caller_paths_1 = require("./caller-paths");
const command_1 = require("./command");
const json_output_1 = require("./json-output");
const synth_1 = require("./synth");
const text_table_1 = require("./text-table");
/** Reads a cluster.yaml as a mapping (YAML errors, an alias bomb and a non-mapping are the user's, exit 2). */
function readClusterYaml(file) {
    const shown = (0, caller_paths_1.shownPath)(file);
    const text = (0, input_file_1.readInputFile)(file);
    const doc = (0, yaml_1.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0)
        throw new synth_1.UserError(`${shown} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: load_1.MAX_YAML_ALIASES });
    }
    catch (e) {
        // yaml throws a ReferenceError for excessive aliases and for an alias to a missing anchor
        throw new synth_1.UserError(`${shown} cannot be read: ${e.message.split('\n')[0]} (at most ${load_1.MAX_YAML_ALIASES} alias expansions)`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new synth_1.UserError(`${shown} must be the reference deployment's cluster.yaml: a mapping of its variables, like "langfuse_enabled: true"`);
    }
    return value;
}
/** The summary lines: counts, and every conversion and drop with its reason (never a value). */
function importSummary(result) {
    const count = (kind) => result.decisions.filter((d) => d.kind === kind).length;
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
async function runImportReference(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const output = options.output ?? json_output_1.TEXT_OUTPUT;
        const from = path.resolve(options.from);
        const out = path.resolve(options.out);
        const source = `${(0, caller_paths_1.shownPath)(from)} (converted by import-reference)`;
        const raw = readClusterYaml(from);
        const result = (0, import_reference_1.importReference)(raw);
        try {
            (0, load_1.parseConfig)(result.config, source);
        }
        catch (e) {
            if (!(e instanceof errors_1.ConfigError))
                throw e;
            throw new errors_1.ConfigError(source, e.problems.map((p) => ({
                ...p, message: `${p.message} (the value comes from the cluster.yaml; fix it there or in the written config)`,
            })));
        }
        const schemaPath = path.relative(path.dirname(out), path.join((0, shared_paths_1.projectRoot)(), json_schema_1.CONFIG_JSON_SCHEMA_PATH)).split(path.sep).join('/');
        const text = (0, render_import_1.renderImportedConfig)(result, { source: path.basename(from), keyOrder: schema_1.configKeys, schemaPath });
        (0, atomic_file_1.writeUserFile)(out, text, { force: options.force ?? false, mode: 0o600, shown: (0, caller_paths_1.shownPath)(out) });
        output.text(`import-reference: wrote ${(0, caller_paths_1.shownPath)(out)} (file mode 600: it holds the reference's secrets in clear, like cluster.yaml; keep it out of git) `
            + `from ${(0, caller_paths_1.shownPath)(from)}`);
        for (const line of importSummary(result))
            output.text(`  ${line}`);
        const config = `--config ${(0, shell_quote_1.shellQuote)((0, caller_paths_1.shownPath)(out))}`;
        output.text(['next:', (0, text_table_1.textTable)([
                [`langfuse-cdk8s explain ${config}`, '# what the converted config means'],
                [`langfuse-cdk8s doctor --switch-from-reference ${config}`, '# the ordered runbook: backup, queue drain, suspend, adopt, check, clean up'],
                [`langfuse-cdk8s synth ${config} --out . --adopt`, '# in the reference repository: takes over kubernetes/apps/ai-system/langfuse'],
                [`langfuse-cdk8s upgrade plan ${config}`, '# after the switch: the staged way to v4 and the operator\'s ClickHouse, keeping the traces'],
            ], '  ')].join('\n'));
        return synth_1.EXIT.ok;
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

${command_1.EXIT_CODES_HELP}`;
/** `langfuse-cdk8s import-reference`. */
exports.importReferenceCommand = (0, command_1.defineCommand)({
    name: 'import-reference',
    summary: 'convert the reference deployment\'s cluster.yaml into a commented config that keeps its names and data',
    usage: USAGE,
    options: { from: { type: 'string', path: true }, out: { type: 'string', path: true }, force: { type: 'boolean' } },
}, ({ values }, output) => {
    if (typeof values.from !== 'string' || typeof values.out !== 'string')
        throw new synth_1.UserError(`import-reference needs --from and --out\n\n${USAGE}`);
    return runImportReference({ from: values.from, out: values.out, force: values.force === true, output });
});
