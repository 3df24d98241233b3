import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { PodMonitor as RawPodMonitor, PodMonitorSpecPodMetricsEndpointsScheme } from '../../imports/monitoring.coreos.com';
import { goDuration } from '../flux/flux-kustomization';
import { placeInFile } from '../output/file-placement';
import { MonitorNamespaces, validateScrapeEndpoint, validateSelector } from './scrape-target';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkProp } from '../prop-checks';

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
export class PodMonitor extends Construct {
  public readonly name: string;
  public readonly selector: Readonly<Record<string, string>>;
  public readonly resource: RawPodMonitor;

  constructor(scope: Construct, id: string, props: PodMonitorProps) {
    super(scope, id);
    checkProp('pod monitor name', props.name, dnsSubdomain());
    checkProp(`pod monitor ${props.name}: namespace`, props.namespace, dnsLabel());
    validateSelector(props.name, props.selector);
    if (props.endpoints.length === 0) throw new Error(`pod monitor ${props.name} needs at least one endpoint`);
    props.endpoints.forEach((e) => validateScrapeEndpoint(props.name, e));
    this.name = props.name;
    this.selector = props.selector;
    const namespaces = props.namespaceSelector ?? MonitorNamespaces.own();

    this.resource = new RawPodMonitor(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, labels: props.labels ? { ...props.labels } : undefined },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        namespaceSelector: namespaces._render(),
        podTargetLabels: props.podTargetLabels ? [...props.podTargetLabels] : undefined,
        podMetricsEndpoints: props.endpoints.map((e) => ({
          port: e.port,
          path: e.path ?? '/metrics',
          interval: goDuration(e.interval ?? Duration.seconds(30)),
          scrapeTimeout: e.scrapeTimeout ? goDuration(e.scrapeTimeout) : undefined,
          scheme: e.scheme === 'https' ? PodMonitorSpecPodMetricsEndpointsScheme.HTTPS : undefined,
        })),
      },
    });
    placeInFile(this.resource, 'servicemonitor.yaml');
  }
}
