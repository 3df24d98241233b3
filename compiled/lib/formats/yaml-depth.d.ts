/**
 * The deepest nesting a YAML input may have. A config needs about 6 levels; the yaml library's
 * composer recurses per level, and a document of a few hundred KB nested 150,000 deep
 * (`[[[[...]]]]` or `- - - - ...`) exhausts node's memory before any error can be raised.
 */
export declare const MAX_YAML_DEPTH = 64;
/**
 * The line at which a YAML text nests deeper than `limit`, or undefined. It runs the yaml library's
 * lexer (iterative, linear, and the same tokenizer the parser uses, so quotes, comments and block
 * scalars are read as the parser reads them) and counts flow collections (`[`, `{`) plus block
 * collections: the columns at which a line's content starts, and after each `-` or `?` on it.
 */
export declare function yamlTooDeepAt(text: string, limit?: number): number | undefined;
