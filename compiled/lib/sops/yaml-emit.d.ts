import { TreeNode } from './tree';
/**
 * A YAML writer that reproduces the output of go-yaml v3 (the encoder sops uses) for block
 * mappings, block sequences and scalars: the same indentation rules, scalar styles, quoting and
 * escapes, and no line folding. Deliberate deviations, for inputs sops files do not contain: strings
 * with line breaks other than `\n`, or multi-line strings starting with a space or a line break, are
 * double-quoted (go-yaml writes an indentation indicator that is wrong inside sequences), and keys
 * longer than 128 characters are written as ordinary (not `? `) keys.
 */
/** Options of {@link emitYaml}. */
export interface EmitYamlOptions {
    /** Spaces per indentation level, 2 to 9 (go-yaml's limits); sops defaults to 4. */
    readonly indent: number;
}
/** Writes one YAML document the way go-yaml v3 would (ends with a newline, no `---`). */
export declare function emitYaml(root: TreeNode, opts: EmitYamlOptions): string;
