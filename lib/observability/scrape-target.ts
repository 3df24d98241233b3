import { Duration } from 'cdk8s';

/**
 * The namespaces a monitor looks for its targets in. Create one with a static factory.
 * A Prometheus with `ignoreNamespaceSelectors: true` restricts every monitor to its own namespace.
 */
export class MonitorNamespaces {
  /** Only the monitor's own namespace. */
  public static own(): MonitorNamespaces {
    return new MonitorNamespaces(undefined, false);
  }

  /** The listed namespaces. */
  public static of(...names: string[]): MonitorNamespaces {
    if (names.length === 0) throw new Error('monitor namespaces need at least one name');
    for (const name of names) {
      if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name)) throw new Error(`monitor namespace must be a DNS label (got "${name}")`);
    }
    return new MonitorNamespaces(names, false);
  }

  /** Every namespace. */
  public static any(): MonitorNamespaces {
    return new MonitorNamespaces(undefined, true);
  }

  private constructor(public readonly names: readonly string[] | undefined, public readonly anyNamespace: boolean) {}

  /** @internal */
  public _render(): { any?: boolean; matchNames?: string[] } | undefined {
    if (this.anyNamespace) return { any: true };
    return this.names ? { matchNames: [...this.names] } : undefined;
  }
}

/** The parts of a scrape endpoint that are validated the same way for pods and Services. */
export interface ScrapeEndpointShape {
  readonly port: string;
  readonly path?: string;
  readonly interval?: Duration;
  readonly scrapeTimeout?: Duration;
}

/** Throws when a selector would select nothing by accident or everything. */
export function validateSelector(monitor: string, selector: Readonly<Record<string, string>>): void {
  if (Object.keys(selector).length === 0) {
    throw new Error(`monitor ${monitor} needs a non-empty selector: an empty one selects every target in its namespaces`);
  }
}

/** Throws on a port name Kubernetes would reject, a relative path or a timeout longer than the interval. */
export function validateScrapeEndpoint(monitor: string, endpoint: ScrapeEndpointShape): void {
  if (!/^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$/.test(endpoint.port) || !/[a-z]/.test(endpoint.port)) {
    throw new Error(`monitor ${monitor}: port must be a container or Service port name of at most 15 characters (got "${endpoint.port}")`);
  }
  if (endpoint.path !== undefined && !endpoint.path.startsWith('/')) {
    throw new Error(`monitor ${monitor}: path must start with "/" (got "${endpoint.path}")`);
  }
  const interval = (endpoint.interval ?? Duration.seconds(30)).toSeconds();
  if (endpoint.scrapeTimeout && endpoint.scrapeTimeout.toSeconds() > interval) {
    throw new Error(`monitor ${monitor}: scrape timeout ${endpoint.scrapeTimeout.toSeconds()}s must not exceed the interval ${interval}s`);
  }
}
