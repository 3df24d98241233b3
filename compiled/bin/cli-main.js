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
exports.runCli = runCli;
// The langfuse-cdk8s command line (bin/cli.ts runs it): `npm run cli -- <command> [options]`.
const path = __importStar(require("path"));
const errors_1 = require("../lib/config/errors");
const command_1 = require("./commands/command");
const cli_errors_1 = require("./commands/cli-errors");
const registry_1 = require("./commands/registry");
const synth_1 = require("./commands/synth");
const USAGE = `usage: langfuse-cdk8s <command> [options]

commands:
  synth     config -> Flux tree (default config: ./langfuse.yaml or examples/langfuse.yaml, default output: dist/)
${(0, registry_1.commandList)()}

a first deployment: init -> explain -> synth -> validate -> git commit; later: diff before synth, doctor when
something is wrong in the cluster. Run "langfuse-cdk8s <command> --help" for the options of a command.

global options:
  --debug   print stack traces of errors (also LANGFUSE_DEBUG=1)

exit codes: 0 success, 1 findings or failure (validate: errors found; diff: changes), 2 invalid config or usage`;
const SYNTH_USAGE = `usage: langfuse-cdk8s synth [--config FILE] [--out DIR] [--adopt] [--allow-delete] [--strict]

  --config FILE  config file (default: $LANGFUSE_CONFIG, else ./langfuse.yaml if it exists, else examples/langfuse.yaml)
  --out DIR      output root of the Flux tree (default: $LANGFUSE_OUT, else ./dist); never a system folder,
                 a symbolic link or a file
  --adopt        take over files at paths synth writes that it did not write itself (hand-written or
                 templated manifests): they are overwritten and owned from then on. Without it, such files
                 stop synth before anything is written, and are named
  --allow-delete remove what the config no longer has even when it is a whole Flux app (a ks.yaml: Flux
                 prunes everything it applied) or a stateful object (a CloudNativePG Cluster, Database or
                 ObjectStore, a ClickHouse KeeperCluster or ClickHouseCluster, a Secret they read).
                 Without it such a synth stops before writing and lists them (exit 2)
  --strict       keys the config sets that do nothing (langfuse_sso_enabled without keycloak_enabled, ...)
                 are errors (exit 2) instead of warnings

Prints a summary (folder, files, resources, features) when done. A bad config changes nothing. Only files
synth wrote (listed with their hash in DIR/.langfuse-cdk8s-files.json) are ever replaced or removed, never
through a symbolic link; each namespace folder's kustomization.yaml, which lists the apps' ks.yaml for
Flux, is created when missing and otherwise only merged into (its other entries and comments are kept; a
hand-written one that lacks an entry stops synth with the lines to add, or is merged with --adopt). The tree switches from the complete old tree to the complete new one: an
interrupted synth is completed (or its staging folder removed) by the next one. Concurrent synths into one
DIR take turns (lock file DIR/.langfuse-cdk8s.lock; a waiting synth gives up after 60 s).

exit codes: 0 success, 1 unexpected failure, 2 invalid config or usage, an unowned file, a link in the
tree, an unsafe --out, a lock held too long or a deletion without --allow-delete`;
/**
 * Runs the CLI on its arguments and resolves to the exit code; never rejects: every error is
 * reported (a user mistake in one paragraph with exit 2, a bug in one line with exit 1) without a
 * stack trace unless `--debug` is given anywhere before `--`, or LANGFUSE_DEBUG=1.
 */
async function runCli(argv) {
    const end = argv.indexOf('--');
    const options = end < 0 ? argv : argv.slice(0, end);
    if (options.includes('--debug'))
        (0, cli_errors_1.enableDebug)();
    const args = [...options.filter((a) => a !== '--debug'), ...(end < 0 ? [] : argv.slice(end))];
    try {
        return await main(args);
    }
    catch (e) {
        return (0, cli_errors_1.reportError)(e);
    }
}
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === undefined) {
        console.error(USAGE);
        return cli_errors_1.EXIT.badConfig;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
        console.log(USAGE);
        return cli_errors_1.EXIT.ok;
    }
    if (command === 'synth') {
        return (0, command_1.reportUserErrors)(async () => {
            const { values } = (0, command_1.parseCommandArgs)(rest, {
                config: { type: 'string' }, out: { type: 'string' }, adopt: { type: 'boolean' }, 'allow-delete': { type: 'boolean' }, strict: { type: 'boolean' },
            }, SYNTH_USAGE);
            if (values.help) {
                console.log(SYNTH_USAGE);
                return cli_errors_1.EXIT.ok;
            }
            return (0, synth_1.runSynth)({
                configPath: values.config ?? (0, command_1.defaultConfigPath)(),
                outDir: path.resolve(values.out ?? (0, command_1.defaultOutDir)()),
                adopt: values.adopt === true,
                allowDelete: values['allow-delete'] === true,
                strict: values.strict === true,
            });
        });
    }
    const found = registry_1.COMMANDS.find((c) => c.name === command);
    if (found)
        return found.run(rest);
    const suggestion = (0, errors_1.closestKey)(command, ['synth', ...registry_1.COMMANDS.map((c) => c.name)]);
    console.error(`unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${USAGE}`);
    return cli_errors_1.EXIT.badConfig;
}
