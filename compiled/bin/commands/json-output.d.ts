/**
 * The version of every `--json` document (docs/cli-json.md). It changes only when a field is
 * removed or changes meaning; fields may be added within a version.
 */
export declare const JSON_FORMAT_VERSION = 1;
/** The `--json` help line of every command that has it. */
export declare const JSON_OPTION_HELP = "--json         print the result as one JSON document on stdout (docs/cli-json.md); messages go to stderr";
/**
 * Where a command's output goes. Its human text goes to stdout, except under `--json` (the JSON
 * document is then the only thing on stdout) or when `toStderr` (inside `cdk8s synth`, which
 * discards the app's stdout); warnings always go to stderr.
 */
export declare class CommandOutput {
    readonly json: boolean;
    private readonly toStderr;
    constructor(json: boolean, toStderr?: boolean);
    /** One line (or paragraph) of the human output. */
    text(line: string): void;
    /** The command's result, as its JSON document, under `--json`. */
    result(command: string, document: object): void;
    /**
     * Runs a command body: a user mistake (any `InputError`) is printed on stderr and gives exit 2,
     * as everywhere; under `--json` it is also the document `{formatVersion, command, error: {exitCode,
     * message}}` on stdout, so that a script always gets one JSON document. Anything else is a bug and
     * is rethrown for the CLI's top level to report.
     */
    run(command: string, body: () => Promise<number>): Promise<number>;
}
/** The output of a command run without `--json`. */
export declare const TEXT_OUTPUT: CommandOutput;
