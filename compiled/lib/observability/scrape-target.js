"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorNamespaces = void 0;
exports.validateSelector = validateSelector;
exports.validateScrapeEndpoint = validateScrapeEndpoint;
const cdk8s_1 = require("cdk8s");
/**
 * The namespaces a monitor looks for its targets in. Create one with a static factory.
 * A Prometheus with `ignoreNamespaceSelectors: true` restricts every monitor to its own namespace.
 */
class MonitorNamespaces {
    names;
    anyNamespace;
    /** Only the monitor's own namespace. */
    static own() {
        return new MonitorNamespaces(undefined, false);
    }
    /** The listed namespaces. */
    static of(...names) {
        if (names.length === 0)
            throw new Error('monitor namespaces need at least one name');
        for (const name of names) {
            if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name))
                throw new Error(`monitor namespace must be a DNS label (got "${name}")`);
        }
        return new MonitorNamespaces(names, false);
    }
    /** Every namespace. */
    static any() {
        return new MonitorNamespaces(undefined, true);
    }
    constructor(names, anyNamespace) {
        this.names = names;
        this.anyNamespace = anyNamespace;
    }
    /** @internal */
    _render() {
        if (this.anyNamespace)
            return { any: true };
        return this.names ? { matchNames: [...this.names] } : undefined;
    }
}
exports.MonitorNamespaces = MonitorNamespaces;
/** Throws when a selector would select nothing by accident or everything. */
function validateSelector(monitor, selector) {
    if (Object.keys(selector).length === 0) {
        throw new Error(`monitor ${monitor} needs a non-empty selector: an empty one selects every target in its namespaces`);
    }
}
/** Throws on a port name Kubernetes would reject, a relative path or a timeout longer than the interval. */
function validateScrapeEndpoint(monitor, endpoint) {
    if (!/^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$/.test(endpoint.port) || !/[a-z]/.test(endpoint.port)) {
        throw new Error(`monitor ${monitor}: port must be a container or Service port name of at most 15 characters (got "${endpoint.port}")`);
    }
    if (endpoint.path !== undefined && !endpoint.path.startsWith('/')) {
        throw new Error(`monitor ${monitor}: path must start with "/" (got "${endpoint.path}")`);
    }
    const interval = (endpoint.interval ?? cdk8s_1.Duration.seconds(30)).toSeconds();
    if (endpoint.scrapeTimeout && endpoint.scrapeTimeout.toSeconds() > interval) {
        throw new Error(`monitor ${monitor}: scrape timeout ${endpoint.scrapeTimeout.toSeconds()}s must not exceed the interval ${interval}s`);
    }
}
