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
exports.validateCommand = void 0;
exports.runValidate = runValidate;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const config_warnings_1 = require("../../lib/config/config-warnings");
const load_1 = require("../../lib/config/load");
const cdk8s_1 = require("cdk8s");
const flux_app_chart_1 = require("../../lib/flux/flux-app-chart");
const parent_kustomization_1 = require("../../lib/output/parent-kustomization");
const safe_paths_1 = require("../../lib/output/safe-paths");
const synth_1 = require("../../lib/synth");
const safe_paths_2 = require("../../lib/output/safe-paths");
const tree_finding_1 = require("../../lib/validate/tree-finding");
const tree_validator_1 = require("../../lib/validate/tree-validator");
const caller_paths_1 = require("./caller-paths");
const command_1 = require("./command");
const json_output_1 = require("./json-output");
const synth_2 = require("./synth");
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
  ${json_output_1.JSON_OPTION_HELP}

The schemas and chart keys ship with the package (imports/schemas, derived by npm run import), so every
check but the kustomize build (which needs kubectl) runs on any machine; if they are missing the
installation is incomplete and validate fails.
Warnings (kubectl missing, kinds without a known schema, dependencies outside the tree) are printed but
do not fail.

${command_1.EXIT_CODES_HELP}; 1 means at least one finding is an error`;
/**
 * The config built against the tree's parents: a Kustomization a parent's `namespace:` moves away
 * from its SOPS Secret (see `sopsSecretMoveWarning`), one warning on its ks.yaml each.
 */
function sopsSecretFindings(dir, configs) {
    const { app } = (0, synth_1.buildApp)(configs, new cdk8s_1.App({ outdir: 'unused' }), { parentNamespace: (0, parent_kustomization_1.parentNamespaceReader)((p) => (0, safe_paths_1.readTreeFile)(dir, p)) });
    return (0, flux_app_chart_1.movedFluxApps)(app.charts).map((c) => ({
        severity: 'warning', check: 'flux-sops-secret', file: `${c.appDirectory}/ks.yaml`,
        document: `Kustomization/${c.kustomization.name}`, field: 'spec.decryption.secretRef', message: c.sopsSecretWarning,
    }));
}
/** Checks an emitted tree and prints the findings; 1 when any is an error. */
async function runValidate(options) {
    const output = options.output ?? json_output_1.TEXT_OUTPUT;
    return output.run('validate', async () => {
        const system = (0, safe_paths_2.systemFolderOf)(path.resolve(options.dir));
        if (system)
            throw new synth_2.UserError(`validate: "${options.dir}" is the system folder ${system}, not a Flux tree; pass the tree root, like ./dist`);
        if (!fs.existsSync(options.dir) || !fs.statSync(options.dir).isDirectory()) {
            throw new synth_2.UserError(`validate: "${options.dir}" is not a folder; run "langfuse-cdk8s synth" first or pass the tree root`);
        }
        const configPath = options.configPath === undefined ? undefined : path.resolve(options.configPath);
        const severity = options.strict ? 'error' : 'warning';
        const configs = configPath === undefined ? undefined : await (0, load_1.loadConfig)(configPath, { env: options.env });
        const inert = configs === undefined ? []
            : (0, config_warnings_1.inertKeyProblems)(configs).map((p) => ({ severity, key: p.key, message: p.message }));
        const tree = (0, tree_validator_1.validateTree)(options.dir, options);
        const moved = configs === undefined || options.skip?.includes('flux-sops-secret') ? [] : sopsSecretFindings(options.dir, configs);
        const result = { ...tree, findings: (0, tree_finding_1.sortFindings)([...tree.findings, ...moved]) };
        const strictErrors = options.strict ? inert.length : 0;
        const summary = {
            dir: path.resolve(options.dir),
            ...(configPath === undefined ? {} : { config: { path: configPath, source: 'option' } }),
            files: result.files,
            documents: result.documents,
            errors: result.errors + strictErrors,
            warnings: result.findings.length - result.errors + inert.length - strictErrors,
            findings: result.findings,
            inertKeys: inert,
        };
        if (output.json) {
            output.result('validate', summary);
        }
        else {
            for (const finding of result.findings)
                output.text((0, tree_finding_1.formatFinding)(finding));
            for (const k of inert)
                output.text(`${k.severity === 'warning' ? 'warning: ' : ''}${(0, caller_paths_1.shownPath)(configPath)}: -: ${k.key}: ${k.message} [inert-key]`);
            const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
            const line = `validate: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${summary.files} files `
                + `(${summary.documents} documents) under ${(0, caller_paths_1.shownPath)(summary.dir)}`;
            if (summary.errors > 0)
                console.error(line);
            else
                output.text(line);
        }
        return summary.errors > 0 ? synth_2.EXIT.failure : synth_2.EXIT.ok;
    });
}
/** `langfuse-cdk8s validate`. */
exports.validateCommand = (0, command_1.defineCommand)({
    name: 'validate',
    summary: 'check an emitted tree offline: schemas, chart keys, kustomize, Flux paths, encryption, requests, pins',
    usage: USAGE,
    options: { skip: { type: 'string', multiple: true }, config: { type: 'string', path: true }, strict: { type: 'boolean' } },
    positionals: 'paths',
    json: true,
}, async ({ values, positionals }, output) => {
    if (positionals.length > 1)
        throw new synth_2.UserError(`validate takes one folder (got ${positionals.map((p) => `"${p}"`).join(' ')})\n\n${USAGE}`);
    const skip = (values.skip ?? []);
    const unknown = skip.filter((s) => !tree_finding_1.TREE_CHECKS.includes(s));
    if (unknown.length > 0)
        throw new synth_2.UserError(`unknown check "${unknown[0]}" for --skip; checks: ${tree_finding_1.TREE_CHECKS.join(', ')}`);
    if (values.strict && values.config === undefined)
        throw new synth_2.UserError(`validate --strict needs --config FILE: it makes the config's idle keys errors\n\n${USAGE}`);
    return runValidate({
        dir: positionals[0] ?? (0, command_1.defaultOutDir)(), skip: skip, output,
        configPath: values.config, strict: values.strict === true,
    });
});
