"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.yamlTypeName = yamlTypeName;
exports.yamlSyntaxProblem = yamlSyntaxProblem;
exports.notAMappingProblem = notAMappingProblem;
exports.fieldProblem = fieldProblem;
exports.crossFieldProblem = crossFieldProblem;
const errors_1 = require("./errors");
const key_info_1 = require("./key-info");
/**
 * Texts for config problems that the field schemas cannot word themselves: YAML syntax errors
 * (with line and column), values of the wrong type, empty values and a top level that is not a
 * mapping.
 */
/** The YAML type of a parsed value, as an operator would name it. */
function yamlTypeName(value) {
    if (value === null)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'a whole number' : 'a number';
    if (typeof value === 'boolean')
        return 'true/false';
    return typeof value;
}
/** A YAML syntax error as a problem keyed by its position, like `line 3, column 5`. */
function yamlSyntaxProblem(error, text) {
    const position = error.linePos?.[0];
    const key = position ? `line ${position.line}, column ${position.col}` : '(yaml)';
    let message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    message = message.charAt(0).toLowerCase() + message.slice(1);
    if (error.code === 'DUPLICATE_KEY' && position) {
        const duplicate = /^\s*([^:#\s][^:#]*?)\s*:/.exec(text.split(/\r?\n/)[position.line - 1] ?? '')?.[1];
        if (duplicate)
            message = `duplicate key "${duplicate}": each key may appear once; remove one of them`;
    }
    if (error.code === 'TAB_AS_INDENT')
        message += '; indent with spaces';
    return { key, message };
}
/** The problem of a file whose top level is not a mapping of keys to values. */
function notAMappingProblem(value) {
    return { key: '(top level)', message: `must be a mapping of config keys to values, like "langfuse_enabled: true" (got ${yamlTypeName(value)})` };
}
/**
 * Rewords zod's generic type messages ("Invalid input: expected string, received number") into
 * what is expected, what was given and what is allowed; keeps the field's own message otherwise.
 *
 * @param key the config key
 * @param value the value as parsed from YAML
 * @param issue the zod issue for that key
 */
function fieldProblem(key, value, issue) {
    const shownValue = (0, errors_1.showValue)(key, value);
    const allowed = (0, key_info_1.configKeyInfo)(key)?.allowed ?? [];
    if (value === null) {
        return { key, message: `is empty; give it a value or remove the line${allowed.length > 0 ? ` (${allowed.join('; ')})` : ''}` };
    }
    if (issue.code === 'custom')
        return crossFieldProblem(key, issue.message, { [key]: value });
    if (issue.code !== 'invalid_type')
        return { key, message: issue.message, shownValue };
    let message = issue.message;
    if (/^Invalid input/.test(message)) {
        message = `must be ${article(issue.expected)}, not ${yamlTypeName(value)}${allowed.length > 0 ? ` (${allowed.join('; ')})` : ''}`;
    }
    if (typeof value === 'string' && issue.expected === 'boolean' && /^(yes|no|on|off|y|n)$/i.test(value.trim())) {
        message += ` (YAML 1.2 reads ${JSON.stringify(value)} as a string: write true or false)`;
    }
    else if (typeof value === 'string' && quotedScalar(value, issue.expected)) {
        message += ` (got the string ${JSON.stringify(value)}: write it without quotes)`;
    }
    else if ((issue.expected === 'string') && (typeof value === 'number' || typeof value === 'boolean')) {
        message += '; put the value in quotes to make it a string';
    }
    return { key, message, shownValue };
}
/**
 * A problem from a rule between keys: the value is shown (masked) when set, and a missing key's
 * message says what the value must look like.
 *
 * @param key the key to fix
 * @param message the rule's message
 * @param raw the config as parsed
 */
function crossFieldProblem(key, message, raw) {
    const value = raw[key];
    const allowed = (0, key_info_1.configKeyInfo)(key)?.allowed ?? [];
    if (value === undefined || value === null) {
        return message.startsWith('is required') && allowed.length > 0 ? { key, message, hint: allowed.join('; ') } : { key, message };
    }
    return { key, message, shownValue: (0, errors_1.showValue)(key, value) };
}
function article(expected) {
    if (expected === 'string')
        return 'a string';
    if (expected === 'number')
        return 'a number';
    if (expected === 'boolean')
        return 'true or false';
    return `a ${expected}`;
}
/** Whether a string is a number or boolean that was quoted by mistake. */
function quotedScalar(value, expected) {
    if (expected === 'number')
        return /^-?[0-9]+(\.[0-9]+)?$/.test(value.trim());
    if (expected === 'boolean')
        return /^(true|false)$/i.test(value.trim());
    return false;
}
