/** Renders rows as a text table with aligned columns (two spaces apart), no trailing spaces. */
export declare function textTable(rows: ReadonlyArray<readonly string[]>, indent?: string): string;
