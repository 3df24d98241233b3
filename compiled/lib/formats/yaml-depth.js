"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_YAML_DEPTH = void 0;
exports.yamlTooDeepAt = yamlTooDeepAt;
const yaml_1 = require("yaml");
/**
 * The deepest nesting a YAML input may have. A config needs about 6 levels; the yaml library's
 * composer recurses per level, and a document of a few hundred KB nested 150,000 deep
 * (`[[[[...]]]]` or `- - - - ...`) exhausts node's memory before any error can be raised.
 */
exports.MAX_YAML_DEPTH = 64;
// the lexer's markers for document, flow end and scalar starts: not part of the source
const MARKER = /^[\u0002\u0018\u001f\ufeff]$/;
const BLANK = /^[ \t]*$/;
/**
 * The line at which a YAML text nests deeper than `limit`, or undefined. It runs the yaml library's
 * lexer (iterative, linear, and the same tokenizer the parser uses, so quotes, comments and block
 * scalars are read as the parser reads them) and counts flow collections (`[`, `{`) plus block
 * collections: the columns at which a line's content starts, and after each `-` or `?` on it.
 */
function yamlTooDeepAt(text, limit = exports.MAX_YAML_DEPTH) {
    const block = [];
    let flow = 0;
    let line = 1;
    let col = 0;
    let lineStart = true;
    let afterIndicator = false;
    for (const token of new yaml_1.Lexer().lex(text)) {
        if (MARKER.test(token))
            continue;
        const blank = BLANK.test(token) || token.startsWith('#') || token === '\n' || token === '\r\n';
        if (token === '---' || token === '...')
            block.length = 0;
        else if (token === '[' || token === '{')
            flow++;
        else if (token === ']' || token === '}')
            flow = Math.max(0, flow - 1);
        else if (!blank && flow === 0 && (lineStart || afterIndicator)) {
            while (block.length > 0 && block[block.length - 1] >= col)
                block.pop();
            block.push(col);
        }
        if (block.length + flow > limit)
            return line;
        afterIndicator = token === '-' || token === '?' || (afterIndicator && blank && !token.includes('\n'));
        const newline = token.lastIndexOf('\n');
        if (newline < 0) {
            col += token.length;
            if (!blank)
                lineStart = false;
        }
        else {
            line += token.split('\n').length - 1;
            col = token.length - newline - 1;
            lineStart = BLANK.test(token.slice(newline + 1));
        }
    }
    return undefined;
}
