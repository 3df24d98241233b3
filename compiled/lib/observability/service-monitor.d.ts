import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { ServiceMonitor as RawServiceMonitor } from '../../imports/monitoring.coreos.com';
import { MonitorNamespaces } from './scrape-target';
/** One scraped port of the selected Services. */
export interface ServiceMonitorEndpoint {
    /** Name of the Service port. */
    readonly port: string;
    /** @default '/metrics' */
    readonly path?: string;
    /** @default Duration.seconds(30) */
    readonly interval?: Duration;
    /** @default - Prometheus' scrape timeout (10s) */
    readonly scrapeTimeout?: Duration;
    /** @default 'http' */
    readonly scheme?: 'http' | 'https';
    /** Keep the target's labels when they clash with the scraped ones. @default false */
    readonly honorLabels?: boolean;
}
/** Props of `ServiceMonitor`. */
export interface ServiceMonitorProps {
    /** metadata.name. */
    readonly name: string;
    /** Namespace of the ServiceMonitor object. */
    readonly namespace: string;
    /** Labels every scraped Service carries (matchLabels); must not be empty. */
    readonly selector: Readonly<Record<string, string>>;
    readonly endpoints: readonly ServiceMonitorEndpoint[];
    /**
     * Where the Services are.
     * @default - the ServiceMonitor's own namespace
     */
    readonly namespaceSelector?: MonitorNamespaces;
    /** Service label whose value becomes the `job` label. @default - the Service name */
    readonly jobLabel?: string;
    /** Labels of the ServiceMonitor object (for a Prometheus `serviceMonitorSelector`). @default - none */
    readonly labels?: Readonly<Record<string, string>>;
}
/**
 * A Prometheus Operator `ServiceMonitor` with typed endpoints, selector and namespace selector,
 * usable by any chart: scrapes a named port of the Services that carry the selector's labels (and,
 * through them, their ready endpoints).
 * @see https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.ServiceMonitor
 */
export declare class ServiceMonitor extends Construct {
    readonly name: string;
    readonly selector: Readonly<Record<string, string>>;
    readonly resource: RawServiceMonitor;
    constructor(scope: Construct, id: string, props: ServiceMonitorProps);
}
