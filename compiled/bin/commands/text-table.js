"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.textTable = textTable;
/** Renders rows as a text table with aligned columns (two spaces apart), no trailing spaces. */
function textTable(rows, indent = '') {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, cell.length); });
    return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}
