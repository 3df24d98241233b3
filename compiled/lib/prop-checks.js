"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkProp = checkProp;
exports.propProblem = propProblem;
exports.requireProp = requireProp;
exports.checkOptionalProps = checkOptionalProps;
exports.checkSecretKeyRef = checkSecretKeyRef;
exports.checkFluxDependency = checkFluxDependency;
const fields_1 = require("./config/fields");
/** The longest value quoted in a message; longer ones are cut. */
const MAX_SHOWN = 80;
/**
 * Throws a plain `Error` when `value` breaks `rule`: `<path> <what is allowed> (got <value>)`,
 * like `appSecrets.encryptionKey must be exactly 64 lowercase hex characters (got 12 characters)`.
 * Lazy values (cdk8s tokens resolved at synthesis) are not strings and are left to the construct.
 */
function checkProp(path, value, rule, options = {}) {
    const problem = propProblem(path, value, rule, options);
    if (problem !== undefined)
        throw new Error(problem);
}
/** The message `checkProp` throws, or undefined when the value is fine. */
function propProblem(path, value, rule, options = {}) {
    if (value === undefined || value === null)
        return `${path} is required (got none)`;
    const result = rule.safeParse(value);
    if (result.success)
        return undefined;
    return `${path} ${result.error.issues[0].message} (got ${shown(value, options.secret ?? false)})`;
}
/** Throws `<path> is required (got none)` when a required prop is missing (a JavaScript caller, or a cast). */
function requireProp(path, value) {
    if (value === undefined || value === null)
        throw new Error(`${path} is required (got none)`);
}
/** Checks every optional prop that is set; unset ones take their default. */
function checkOptionalProps(checks) {
    for (const [path, value, rule, options] of checks)
        if (value !== undefined)
            checkProp(path, value, rule, options);
}
function shown(value, secret) {
    if (typeof value !== 'string')
        return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `a ${Array.isArray(value) ? 'list' : typeof value}`;
    if (secret)
        return value.length === 0 ? 'an empty value' : `${value.length} character${value.length === 1 ? '' : 's'}`;
    const text = JSON.stringify(value);
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}..." (${value.length} characters)` : text;
}
/** A reference to a key of a Secret: `<path>.name` a Kubernetes object name, `<path>.key` a Secret key. */
function checkSecretKeyRef(path, ref) {
    checkProp(`${path}.name`, ref?.name, (0, fields_1.dnsSubdomain)());
    checkProp(`${path}.key`, ref?.key, (0, fields_1.secretDataKey)());
}
/** A Flux Kustomization to wait for: `<path>.name` a Kubernetes object name, `<path>.namespace` a DNS label. */
function checkFluxDependency(path, dependency) {
    checkProp(`${path}.name`, dependency?.name, (0, fields_1.dnsSubdomain)());
    checkProp(`${path}.namespace`, dependency?.namespace, (0, fields_1.dnsLabel)());
}
