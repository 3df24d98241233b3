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
exports.LOCAL_CONFIG_NAMES = exports.CONFIG_OPTION_HELP = exports.EXIT_CODES_HELP = void 0;
exports.chooseConfig = chooseConfig;
exports.describeConfigChoice = describeConfigChoice;
exports.defaultConfigPath = defaultConfigPath;
exports.defaultOutDir = defaultOutDir;
exports.parseCommandArgs = parseCommandArgs;
exports.reportUserErrors = reportUserErrors;
exports.positionalCommand = positionalCommand;
exports.defineCommand = defineCommand;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const util_1 = require("util");
const errors_1 = require("../../lib/errors");
const shared_paths_1 = require("../../lib/validate/shared-paths");
const caller_paths_1 = require("./caller-paths");
const cli_errors_1 = require("./cli-errors");
const json_output_1 = require("./json-output");
/** The exit-code paragraph every `--help` ends with. */
exports.EXIT_CODES_HELP = 'exit codes: 0 success, 1 findings or failure, 2 invalid config or usage';
/** The `--config` help line, shared by every command that reads a config. */
exports.CONFIG_OPTION_HELP = '--config FILE  config file, plain or SOPS-encrypted (default: $LANGFUSE_CONFIG, else ./langfuse.yaml\n'
    + '                 or ./langfuse.sops.yaml if there is one, else the shipped examples/langfuse.yaml)';
/** The names a config has in the current folder: what `init` writes, in clear or encrypted. */
exports.LOCAL_CONFIG_NAMES = ['langfuse.yaml', 'langfuse.sops.yaml'];
/**
 * The config a command reads: `--config` (`given`), else `$LANGFUSE_CONFIG`, else `langfuse.yaml`
 * or `langfuse.sops.yaml` in the caller's folder (both there is an error: which one is current is
 * not ours to guess), else the shipped example. Relative paths are the caller's ({@link callerPath}).
 */
function chooseConfig(given, env = process.env, cwd = process.cwd()) {
    if (given !== undefined)
        return { path: (0, caller_paths_1.callerPath)(given, env, cwd), source: 'option' };
    if (env.LANGFUSE_CONFIG)
        return { path: (0, caller_paths_1.callerPath)(env.LANGFUSE_CONFIG, env, cwd), source: 'env' };
    const dir = (0, caller_paths_1.callerDir)(env, cwd);
    const found = exports.LOCAL_CONFIG_NAMES.map((name) => path.join(dir, name)).filter((p) => fs.existsSync(p));
    if (found.length > 1) {
        throw new cli_errors_1.UserError(`${dir} holds both ${exports.LOCAL_CONFIG_NAMES.join(' and ')}: pass --config (or set LANGFUSE_CONFIG) to say which one to read, `
            + 'and remove the other (a decrypted copy of langfuse.sops.yaml is usually the stale one)');
    }
    if (found.length === 1)
        return { path: found[0], source: 'current-folder' };
    return { path: path.join((0, shared_paths_1.projectRoot)(), 'examples', 'langfuse.yaml'), source: 'example' };
}
/** One line saying which config a command read, and why that one. */
function describeConfigChoice(choice, env = process.env, cwd = process.cwd()) {
    const shown = (0, caller_paths_1.shownPath)(choice.path, env, cwd);
    switch (choice.source) {
        case 'option': return `config ${shown}`;
        case 'env': return `config ${shown} (from $LANGFUSE_CONFIG)`;
        case 'current-folder': return `config ${shown} (found in the current folder)`;
        case 'example': return `config ${shown}: the SHIPPED EXAMPLE, since ${(0, caller_paths_1.callerDir)(env, cwd)} has no ${exports.LOCAL_CONFIG_NAMES.join(' or ')} `
            + '(langfuse-cdk8s init writes one; --config or $LANGFUSE_CONFIG names another)';
    }
}
/** The config path a command reads when `--config` is not given (see {@link chooseConfig}). */
function defaultConfigPath(env = process.env, cwd = process.cwd()) {
    return chooseConfig(undefined, env, cwd).path;
}
/** The tree root when `--out` is not given: `$LANGFUSE_OUT`, else `./dist`, in the caller's folder. */
function defaultOutDir(env = process.env, cwd = process.cwd()) {
    return (0, caller_paths_1.callerPath)(env.LANGFUSE_OUT || 'dist', env, cwd);
}
/**
 * `util.parseArgs` with every option plus `--help`; a parse error becomes a `UserError` that
 * names the command's usage. Values of `path` options, and the positionals when `positionals` is
 * `'paths'`, come back absolute, resolved against the caller's folder (so that `npm run cli --`
 * reads and writes where the user is, not in the package root).
 */
function parseCommandArgs(args, options, usage, positionals = false) {
    const parseOptions = Object.fromEntries(Object.entries(options).map(([name, { path: _path, ...option }]) => [name, option]));
    let parsed;
    try {
        parsed = (0, util_1.parseArgs)({ args: [...args], options: { ...parseOptions, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals !== false, strict: true });
    }
    catch (e) {
        const code = e.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
            throw new cli_errors_1.UserError(`${e.message}\n\n${usage}`);
        throw e;
    }
    const values = { ...parsed.values };
    for (const [name, option] of Object.entries(options)) {
        const value = values[name];
        if (!option.path || value === undefined)
            continue;
        values[name] = Array.isArray(value) ? value.map((v) => (0, caller_paths_1.callerPath)(String(v))) : (0, caller_paths_1.callerPath)(String(value));
    }
    return { values, positionals: positionals === 'paths' ? parsed.positionals.map((p) => (0, caller_paths_1.callerPath)(p)) : parsed.positionals };
}
/**
 * Runs a command body and turns user mistakes (any `InputError`: a bad config, bad usage, a bad
 * key or `.sops.yaml`) into their message on stderr and exit code 2, without a stack trace (unless
 * --debug). Anything else is a bug and is rethrown, for the CLI's top level to report.
 */
async function reportUserErrors(body) {
    try {
        return await body();
    }
    catch (e) {
        if (e instanceof errors_1.InputError)
            return (0, cli_errors_1.reportInputError)(e);
        throw e;
    }
}
/**
 * A command that takes positional arguments only (and `--help`); with `kind: 'paths'` they name
 * files or folders and come resolved against the caller's folder.
 */
function positionalCommand(name, summary, usage, run, kind = true) {
    return defineCommand({ name, summary, usage, options: {}, positionals: kind }, ({ positionals }) => run(positionals));
}
/**
 * A command from its spec: parses the arguments (paths resolved, {@link parseCommandArgs}),
 * answers `--help`, and runs `body` with them and its {@link CommandOutput}; a user mistake is its
 * message and exit 2, under `--json` also the JSON error document on stdout.
 */
function defineCommand(spec, body) {
    return {
        name: spec.name,
        summary: spec.summary,
        usage: spec.usage,
        run: (args) => reportUserErrors(async () => {
            const options = spec.json ? { ...spec.options, json: { type: 'boolean' } } : spec.options;
            const parsed = parseCommandArgs(args, options, spec.usage, spec.positionals ?? false);
            if (parsed.values.help) {
                console.log(spec.usage);
                return cli_errors_1.EXIT.ok;
            }
            const json = parsed.values.json === true;
            const output = new json_output_1.CommandOutput(json, json || (spec.textToStderr?.() ?? false));
            return output.run(spec.name, () => body(parsed, output));
        }),
    };
}
