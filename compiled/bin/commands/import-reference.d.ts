import { ImportResult } from '../../lib/reference/import-reference';
import { CliCommand } from './command';
import { CommandOutput } from './json-output';
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
/** The summary lines: counts, and every conversion and drop with its reason (never a value). */
export declare function importSummary(result: ImportResult): string[];
/**
 * Converts a reference cluster.yaml into a config, checks that the config is valid (a problem is
 * reported like any config problem, and nothing is written), writes it with a comment per decision
 * (mode 600: it holds secrets) and prints a summary and the next steps.
 */
export declare function runImportReference(options: RunImportReferenceOptions): Promise<number>;
/** `langfuse-cdk8s import-reference`. */
export declare const importReferenceCommand: CliCommand;
