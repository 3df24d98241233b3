import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { PodMonitor as RawPodMonitor } from '../../imports/monitoring.coreos.com';
import { MonitorNamespaces } from './scrape-target';
/** One scraped container port of the selected pods. */
export interface PodMetricsEndpoint {
    /** Name of the container port. */
    readonly port: string;
    /** @default '/metrics' */
    readonly path?: string;
    /** @default Duration.seconds(30) */
    readonly interval?: Duration;
    /** @default - Prometheus' scrape timeout (10s) */
    readonly scrapeTimeout?: Duration;
    /** @default 'http' */
    readonly scheme?: 'http' | 'https';
}
/** Props of `PodMonitor`. */
export interface PodMonitorProps {
    /** metadata.name. */
    readonly name: string;
    /** Namespace of the PodMonitor object. */
    readonly namespace: string;
    /** Labels every scraped pod carries (matchLabels); must not be empty, an empty selector scrapes every pod. */
    readonly selector: Readonly<Record<string, string>>;
    readonly endpoints: readonly PodMetricsEndpoint[];
    /**
     * Where the pods run.
     * @default - the PodMonitor's own namespace
     */
    readonly namespaceSelector?: MonitorNamespaces;
    /** Pod labels copied onto every series (for example `app`). @default - none */
    readonly podTargetLabels?: readonly string[];
    /** Labels of the PodMonitor object (for a Prometheus `podMonitorSelector`). @default - none */
    readonly labels?: Readonly<Record<string, string>>;
}
/**
 * A Prometheus Operator `PodMonitor`: scrapes a named container port of the pods that carry the
 * selector's labels. The honest choice for pods without a Service, such as Langfuse's worker.
 * @see https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.PodMonitor
 */
export declare class PodMonitor extends Construct {
    readonly name: string;
    readonly selector: Readonly<Record<string, string>>;
    readonly resource: RawPodMonitor;
    constructor(scope: Construct, id: string, props: PodMonitorProps);
}
