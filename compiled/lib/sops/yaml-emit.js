"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.emitYaml = emitYaml;
const go_format_1 = require("./go-format");
const yaml_resolve_1 = require("./yaml-resolve");
const isBreak = (c) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c) => c === ' ' || c === '\t';
/** go-yaml `is_printable`, on code points. */
function isPrintable(c) {
    const cp = c.codePointAt(0) ?? 0;
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff));
}
/** go-yaml `yaml_emitter_analyze_scalar`, block context only. */
function analyzeScalar(value) {
    if (value.length === 0)
        return { blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
    const chars = Array.from(value);
    let blockIndicators = value.startsWith('---') || value.startsWith('...');
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let tabs = false;
    let special = false;
    let lineBreaks = false;
    let previousSpace = false;
    let previousBreak = false;
    let precededByWhitespace = true;
    chars.forEach((c, i) => {
        const last = i === chars.length - 1;
        const followedByWhitespace = last || isBlank(chars[i + 1]);
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(c))
                blockIndicators = true;
            if ((c === '?' || c === ':' || c === '-') && followedByWhitespace)
                blockIndicators = true;
        }
        else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace)) {
            blockIndicators = true;
        }
        if (c === '\t')
            tabs = true;
        else if (!isPrintable(c))
            special = true;
        if (c === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (last)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (isBreak(c)) {
            lineBreaks = true;
            if (i === 0)
                leadingBreak = true;
            if (last)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlank(c) || isBreak(c) || c === '\0';
    });
    const plainBlocked = leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || tabs || special;
    return {
        blockPlainAllowed: !(plainBlocked || lineBreaks || blockIndicators),
        singleQuotedAllowed: !(breakSpace || spaceBreak || tabs || special),
        blockAllowed: !(trailingSpace || spaceBreak || special),
    };
}
/** go-yaml's choice of style for a string (encoder `stringv`, then `select_scalar_style`). */
function stringStyle(value, simpleKey) {
    if (/[\r\u0085\u2028\u2029]/.test(value))
        return 'double';
    if (value.includes('\n') && (value.startsWith(' ') || value.startsWith('\n')))
        return 'double';
    const analysis = analyzeScalar(value);
    let style;
    if (value.includes('\n'))
        style = 'literal';
    else if ((0, yaml_resolve_1.plainWouldNotBeString)(value))
        style = 'double';
    else
        style = 'plain';
    if (style === 'plain' && !analysis.blockPlainAllowed)
        style = 'single';
    if (style === 'single' && !analysis.singleQuotedAllowed)
        style = 'double';
    if (style === 'literal' && (!analysis.blockAllowed || simpleKey))
        style = 'double';
    return style;
}
const DOUBLE_ESCAPES = {
    '\0': '\\0',
    '\x07': '\\a',
    '\b': '\\b',
    '\t': '\\t',
    '\n': '\\n',
    '\v': '\\v',
    '\f': '\\f',
    '\r': '\\r',
    '\x1b': '\\e',
    '"': '\\"',
    '\\': '\\\\',
    '\u0085': '\\N',
    '\u00a0': '\\_',
    '\u2028': '\\L',
    '\u2029': '\\P',
};
function doubleQuoted(value) {
    let out = '"';
    for (const c of value) {
        const mustEscape = !isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\';
        if (!mustEscape) {
            out += c;
            continue;
        }
        const named = DOUBLE_ESCAPES[c];
        if (named !== undefined) {
            out += named;
            continue;
        }
        const cp = c.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase();
        if (cp <= 0xff)
            out += `\\x${hex.padStart(2, '0')}`;
        else if (cp <= 0xffff)
            out += `\\u${hex.padStart(4, '0')}`;
        else
            out += `\\U${hex.padStart(8, '0')}`;
    }
    return `${out}"`;
}
/** A literal block scalar (`|`), with go-yaml's indentation and chomping indicators. */
function literalBlock(value, contentIndent) {
    let hints = '';
    if (!value.endsWith('\n'))
        hints += '-';
    else if (value.length === 1 || value.endsWith('\n\n'))
        hints += '+';
    let out = `|${hints}`;
    let atLineStart = false;
    let breaks = true;
    for (const c of value) {
        if (c === '\n') {
            out += '\n';
            atLineStart = true;
            breaks = true;
        }
        else {
            if (breaks)
                out += `${atLineStart ? '' : '\n'}${' '.repeat(contentIndent)}`;
            out += c;
            atLineStart = false;
            breaks = false;
        }
    }
    return atLineStart ? out : `${out}\n`;
}
function formatString(value, simpleKey, contentIndent) {
    switch (stringStyle(value, simpleKey)) {
        case 'plain':
            return value;
        case 'single':
            return `'${value.replace(/'/g, "''")}'`;
        case 'double':
            return doubleQuoted(value);
        case 'literal':
            return literalBlock(value, contentIndent);
    }
}
function formatScalar(node, contentIndent) {
    switch (node.type) {
        case 'str':
            return formatString(node.value, false, contentIndent);
        case 'null':
            return 'null';
        case 'bool':
            return node.value ? 'true' : 'false';
        case 'int':
            return node.value.toString();
        case 'float':
            return (0, go_format_1.formatGoFloatYaml)(node.value);
        case 'time':
            return (0, go_format_1.parseYamlTimestamp)(node.value) ?? node.value;
        case 'bytes':
            throw new Error('cannot write a bytes value in clear: sops never produces one');
    }
}
class Emitter {
    best;
    out = '';
    constructor(best) {
        this.best = best;
    }
    text() {
        return this.out;
    }
    /** Indentation of a collection or block scalar nested under a mapping key at `indent`. */
    nested(indent) {
        return this.best * Math.floor((indent + this.best) / this.best);
    }
    /** Writes `value` after `head` (`key:` or `-`), nested content at `childIndent`. */
    value(head, node, childIndent, inline) {
        if (node.kind === 'scalar') {
            const text = formatScalar(node, childIndent);
            this.out += `${head} ${text}${text.endsWith('\n') ? '' : '\n'}`;
        }
        else if (node.kind === 'map' && node.entries.length === 0) {
            this.out += `${head} {}\n`;
        }
        else if (node.kind === 'seq' && node.items.length === 0) {
            this.out += `${head} []\n`;
        }
        else if (inline) {
            // a collection inside a sequence item starts on the dash line
            if (node.kind === 'map')
                this.map(node, childIndent, `${head} `);
            else
                this.seq(node, childIndent, `${head} `);
        }
        else {
            this.out += `${head}\n`;
            if (node.kind === 'map')
                this.map(node, childIndent);
            else
                this.seq(node, childIndent);
        }
    }
    map(node, indent, lead) {
        node.entries.forEach(([key, child], i) => {
            const prefix = i === 0 && lead !== undefined ? lead : ' '.repeat(indent);
            const head = `${prefix}${formatString(key, true, 0)}:`;
            this.value(head, child, this.nested(indent), false);
        });
    }
    seq(node, indent, lead) {
        node.items.forEach((item, i) => {
            const prefix = i === 0 && lead !== undefined ? lead : ' '.repeat(indent);
            this.value(`${prefix}-`, item, indent + 2, true);
        });
    }
}
/** Writes one YAML document the way go-yaml v3 would (ends with a newline, no `---`). */
function emitYaml(root, opts) {
    if (!Number.isInteger(opts.indent) || opts.indent < 2 || opts.indent > 9) {
        throw new Error(`invalid yaml indent "${String(opts.indent)}": expected an integer from 2 to 9`);
    }
    const emitter = new Emitter(opts.indent);
    if (root.kind === 'map' && root.entries.length > 0)
        emitter.map(root, 0);
    else if (root.kind === 'seq' && root.items.length > 0)
        emitter.seq(root, 0);
    else if (root.kind === 'map')
        return '{}\n';
    else if (root.kind === 'seq')
        return '[]\n';
    else {
        const text = formatScalar(root, opts.indent);
        return text.endsWith('\n') ? text : `${text}\n`;
    }
    return emitter.text();
}
