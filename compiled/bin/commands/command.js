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
exports.CONFIG_OPTION_HELP = exports.EXIT_CODES_HELP = void 0;
exports.defaultConfigPath = defaultConfigPath;
exports.defaultOutDir = defaultOutDir;
exports.parseCommandArgs = parseCommandArgs;
exports.reportUserErrors = reportUserErrors;
exports.configCommand = configCommand;
exports.positionalCommand = positionalCommand;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const util_1 = require("util");
const errors_1 = require("../../lib/errors");
const shared_paths_1 = require("../../lib/validate/shared-paths");
const cli_errors_1 = require("./cli-errors");
const synth_1 = require("./synth");
/** The exit-code paragraph every `--help` ends with. */
exports.EXIT_CODES_HELP = 'exit codes: 0 success, 1 findings or failure, 2 invalid config or usage';
/** The `--config` help line, shared by every command that reads a config. */
exports.CONFIG_OPTION_HELP = '--config FILE  config file (default: $LANGFUSE_CONFIG, else ./langfuse.yaml if it exists, '
    + 'else the shipped examples/langfuse.yaml)';
/**
 * The config a command reads when `--config` is not given: `$LANGFUSE_CONFIG`, else
 * `./langfuse.yaml` (what `init` writes), else the shipped example.
 */
function defaultConfigPath(env = process.env, cwd = process.cwd()) {
    if (env.LANGFUSE_CONFIG)
        return env.LANGFUSE_CONFIG;
    const local = path.join(cwd, 'langfuse.yaml');
    return fs.existsSync(local) ? local : path.join((0, shared_paths_1.projectRoot)(), 'examples', 'langfuse.yaml');
}
/** The tree root when `--out` is not given: `$LANGFUSE_OUT`, else `./dist`. */
function defaultOutDir(env = process.env, cwd = process.cwd()) {
    return env.LANGFUSE_OUT || path.join(cwd, 'dist');
}
/**
 * `util.parseArgs` with every option plus `--help`; a parse error becomes a `UserError` that
 * names the command's usage.
 */
function parseCommandArgs(args, options, usage, allowPositionals = false) {
    try {
        const parsed = (0, util_1.parseArgs)({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (e) {
        const code = e.code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
            throw new synth_1.UserError(`${e.message}\n\n${usage}`);
        throw e;
    }
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
 * A command whose only option is `--config FILE`: parses it (with `--help`), and runs `run` with
 * the config path, turning user mistakes into exit code 2.
 */
function configCommand(name, summary, usage, run) {
    return {
        name,
        summary,
        usage,
        run: (args) => reportUserErrors(async () => {
            const { values } = parseCommandArgs(args, { config: { type: 'string' } }, usage);
            if (values.help) {
                console.log(usage);
                return cli_errors_1.EXIT.ok;
            }
            return run(values.config ?? defaultConfigPath());
        }),
    };
}
/** A command that takes positional arguments only (and `--help`). */
function positionalCommand(name, summary, usage, run) {
    return {
        name,
        summary,
        usage,
        run: (args) => reportUserErrors(async () => {
            const { values, positionals } = parseCommandArgs(args, {}, usage, true);
            if (values.help) {
                console.log(usage);
                return cli_errors_1.EXIT.ok;
            }
            return run(positionals);
        }),
    };
}
