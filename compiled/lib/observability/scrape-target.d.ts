import { Duration } from 'cdk8s';
/**
 * The namespaces a monitor looks for its targets in. Create one with a static factory.
 * A Prometheus with `ignoreNamespaceSelectors: true` restricts every monitor to its own namespace.
 */
export declare class MonitorNamespaces {
    readonly names: readonly string[] | undefined;
    readonly anyNamespace: boolean;
    /** Only the monitor's own namespace. */
    static own(): MonitorNamespaces;
    /** The listed namespaces. */
    static of(...names: string[]): MonitorNamespaces;
    /** Every namespace. */
    static any(): MonitorNamespaces;
    private constructor();
    /** @internal */
    _render(): {
        any?: boolean;
        matchNames?: string[];
    } | undefined;
}
/** The parts of a scrape endpoint that are validated the same way for pods and Services. */
export interface ScrapeEndpointShape {
    readonly port: string;
    readonly path?: string;
    readonly interval?: Duration;
    readonly scrapeTimeout?: Duration;
}
/** Throws when a selector would select nothing by accident or everything. */
export declare function validateSelector(monitor: string, selector: Readonly<Record<string, string>>): void;
/** Throws on a port name Kubernetes would reject, a relative path or a timeout longer than the interval. */
export declare function validateScrapeEndpoint(monitor: string, endpoint: ScrapeEndpointShape): void;
