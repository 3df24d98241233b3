import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { ServiceMonitor as RawServiceMonitor, ServiceMonitorSpecEndpointsScheme } from '../../imports/monitoring.coreos.com';
import { goDuration } from '../flux/flux-kustomization';
import { placeInFile } from '../output/file-placement';
import { MonitorNamespaces, validateScrapeEndpoint, validateSelector } from './scrape-target';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkProp } from '../prop-checks';

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
export class ServiceMonitor extends Construct {
  public readonly name: string;
  public readonly selector: Readonly<Record<string, string>>;
  public readonly resource: RawServiceMonitor;

  constructor(scope: Construct, id: string, props: ServiceMonitorProps) {
    super(scope, id);
    checkProp('service monitor name', props.name, dnsSubdomain());
    checkProp(`service monitor ${props.name}: namespace`, props.namespace, dnsLabel());
    validateSelector(props.name, props.selector);
    if (props.endpoints.length === 0) throw new Error(`service monitor ${props.name} needs at least one endpoint`);
    props.endpoints.forEach((e) => validateScrapeEndpoint(props.name, e));
    this.name = props.name;
    this.selector = props.selector;
    const namespaces = props.namespaceSelector ?? MonitorNamespaces.own();

    this.resource = new RawServiceMonitor(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, labels: props.labels ? { ...props.labels } : undefined },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        namespaceSelector: namespaces._render(),
        jobLabel: props.jobLabel,
        endpoints: props.endpoints.map((e) => ({
          port: e.port,
          path: e.path ?? '/metrics',
          interval: goDuration(e.interval ?? Duration.seconds(30)),
          scrapeTimeout: e.scrapeTimeout ? goDuration(e.scrapeTimeout) : undefined,
          scheme: e.scheme === 'https' ? ServiceMonitorSpecEndpointsScheme.HTTPS : undefined,
          honorLabels: e.honorLabels,
        })),
      },
    });
    placeInFile(this.resource, 'servicemonitor.yaml');
  }
}
