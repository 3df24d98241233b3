/**
 * A line diff in unified format (`---`/`+++` headers, `@@` hunks with `context` lines around each
 * change), from a longest-common-subsequence table. Meant for the small files of a Flux tree.
 *
 * @param before the old text ('' for a new file)
 * @param after the new text ('' for a removed file)
 * @param name the file name for the headers
 * @param context unchanged lines shown around each change
 * @returns the diff, '' when the texts are equal
 */
export declare function unifiedDiff(before: string, after: string, name: string, context?: number): string;
