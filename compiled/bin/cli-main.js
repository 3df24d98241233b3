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
exports.packageVersion = packageVersion;
exports.runCli = runCli;
// The langfuse-cdk8s command line (bin/cli.ts runs it): `npm run cli -- <command> [options]`.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const errors_1 = require("../lib/config/errors");
const shared_paths_1 = require("../lib/validate/shared-paths");
const cli_errors_1 = require("./commands/cli-errors");
const registry_1 = require("./commands/registry");
const USAGE = `usage: langfuse-cdk8s <command> [options]

commands:
${(0, registry_1.commandList)()}

a first deployment: init -> explain -> synth -> validate -> git commit; later: diff before synth, doctor when
something is wrong in the cluster. Run "langfuse-cdk8s help <command>" (or "<command> --help") for the
options of a command. Relative paths are taken from the folder you run it in, with "npm run cli --" too.

global options:
  --debug     print stack traces of errors (also LANGFUSE_DEBUG=1)
  --version   print the version of langfuse-cdk8s

exit codes: 0 success, 1 findings or failure (validate: errors found; diff: changes), 2 invalid config or usage`;
/** The version of this package, from its package.json. */
function packageVersion() {
    return JSON.parse(fs.readFileSync(path.join((0, shared_paths_1.projectRoot)(), 'package.json'), 'utf8')).version;
}
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
function unknownCommand(command) {
    const suggestion = (0, errors_1.closestKey)(command, registry_1.COMMANDS.map((c) => c.name));
    console.error(`unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${USAGE}`);
    return cli_errors_1.EXIT.badConfig;
}
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === undefined) {
        console.error(USAGE);
        return cli_errors_1.EXIT.badConfig;
    }
    if (command === '--version') {
        console.log(`langfuse-cdk8s ${packageVersion()}`);
        return cli_errors_1.EXIT.ok;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
        if (rest.length === 0) {
            console.log(USAGE);
            return cli_errors_1.EXIT.ok;
        }
        const topic = rest.length === 1 ? (0, registry_1.findCommand)(rest[0]) : undefined;
        if (topic === undefined)
            return unknownCommand(rest.join(' '));
        console.log(topic.usage);
        return cli_errors_1.EXIT.ok;
    }
    const found = (0, registry_1.findCommand)(command);
    return found ? found.run(rest) : unknownCommand(command);
}
