import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { HttpRoute as RawHttpRoute, HttpRouteSpecRulesMatchesPathType, ReferenceGrant } from '../../imports/gateway.networking.k8s.io';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { placeInFile } from '../output/file-placement';
import { checkOptionalProps, checkProp } from '../prop-checks';

/** A Gateway (and listener) a route attaches to. */
export interface GatewayParent {
  /** Gateway name, like `envoy-external`. */
  readonly name: string;
  /** Gateway namespace, like `network`. */
  readonly namespace: string;
  /**
   * Listener name (`sectionName`), like `https`.
   * @default - every listener of the Gateway that admits the route
   */
  readonly sectionName?: string;
}

/** The cluster's public gateway, as the reference deployment names it. */
export const ENVOY_EXTERNAL: GatewayParent = { name: 'envoy-external', namespace: 'network', sectionName: 'https' };
/** The cluster's LAN-only gateway. */
export const ENVOY_INTERNAL: GatewayParent = { name: 'envoy-internal', namespace: 'network', sectionName: 'https' };

/** The Service a route sends traffic to. */
export interface RouteBackend {
  readonly serviceName: string;
  readonly namespace: string;
  readonly port: number;
}

/** Routing of a `LangfuseChart`. Present means on. */
export interface LangfuseRouteOptions {
  /** Gateways the route attaches to. */
  readonly parents: readonly GatewayParent[];
  /**
   * Namespace of the HTTPRoute; another namespace than Langfuse's adds a ReferenceGrant next to
   * the web Service.
   * @default - the Langfuse namespace
   */
  readonly namespace?: string;
}

/** Props of `HttpRoute`. */
export interface HttpRouteProps {
  /** metadata.name. */
  readonly name: string;
  /** Host names the route serves, like `langfuse.example.com`. */
  readonly hostnames: readonly string[];
  /**
   * Gateways the route attaches to. The Gateway's listener must admit routes from the route's
   * namespace (`allowedRoutes.namespaces`).
   * @default [ENVOY_EXTERNAL]
   */
  readonly parents?: readonly GatewayParent[];
  /** The Service behind the route. */
  readonly backend: RouteBackend;
  /**
   * Namespace of the HTTPRoute.
   * @default - the chart's namespace, else the backend's namespace
   */
  readonly namespace?: string;
  /**
   * Where the ReferenceGrant goes when the backend is in another namespace than the route: a
   * construct in a chart of the backend's namespace. A Flux app folder rewrites every object to
   * its target namespace, so the grant cannot live in the route's folder.
   * @default - the route's own scope (only valid when the backend is in the route's namespace)
   */
  readonly referenceGrantScope?: Construct;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A Gateway API `HTTPRoute` (gateway.networking.k8s.io/v1) that sends every path of its host names
 * to one Service port and, when the Service is in another namespace, the `ReferenceGrant` that
 * allows it (in the Service's namespace). Same-namespace routes get no ReferenceGrant.
 * @see https://gateway-api.sigs.k8s.io/api-types/httproute/
 * @see https://gateway-api.sigs.k8s.io/api-types/referencegrant/
 */
export class HttpRoute extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  public readonly parents: readonly GatewayParent[];
  public readonly resource: RawHttpRoute;
  /** Present when the backend is in another namespace. */
  public readonly referenceGrant?: ReferenceGrant;

  constructor(scope: Construct, id: string, props: HttpRouteProps) {
    super(scope, id);
    checkProp('http route name', props.name, dnsSubdomain());
    const at = (prop: string) => `http route ${props.name}: ${prop}`;
    checkProp(at('backend.serviceName'), props.backend.serviceName, dnsLabel());
    checkProp(at('backend.namespace'), props.backend.namespace, dnsLabel());
    const chartNamespace = Chart.of(this).namespace;
    const namespace = props.namespace ?? chartNamespace ?? props.backend.namespace;
    checkProp(at('namespace'), namespace, dnsLabel());
    if (chartNamespace && chartNamespace !== namespace) {
      throw new Error(`http route ${props.name} in namespace ${namespace} is in a chart of namespace ${chartNamespace}: `
        + `Flux would move it there; create it in a chart of namespace ${namespace}`);
    }
    if (props.hostnames.length === 0) throw new Error(`${at('hostnames')} must list at least one host name (got none)`);
    props.hostnames.forEach((host, i) => {
      if (!/^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(host)) {
        throw new Error(`${at(`hostnames[${i}]`)} must be a lowercase DNS name like "langfuse.example.com" (got "${host}")`);
      }
    });
    if (!Number.isInteger(props.backend.port) || props.backend.port < 1 || props.backend.port > 65535) {
      throw new Error(`${at('backend.port')} must be 1 to 65535 (got ${props.backend.port})`);
    }
    const parents = props.parents ?? [ENVOY_EXTERNAL];
    if (parents.length === 0) throw new Error(`${at('parents')} must list at least one gateway (got none)`);
    parents.forEach((p, i) => {
      checkProp(at(`parents[${i}].name`), p.name, dnsSubdomain());
      checkProp(at(`parents[${i}].namespace`), p.namespace, dnsLabel());
      checkOptionalProps([[at(`parents[${i}].sectionName`), p.sectionName, dnsSubdomain()]]);
    });
    const keys = parents.map((p) => `${p.namespace}/${p.name}/${p.sectionName ?? ''}`);
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicate) throw new Error(`http route ${props.name} lists the parent gateway ${duplicate} twice`);
    this.name = props.name;
    this.namespace = namespace;
    this.parents = parents;

    const crossNamespace = props.backend.namespace !== namespace;
    this.resource = new RawHttpRoute(this, 'Resource', {
      metadata: { name: props.name, namespace, labels: props.labels ? { ...props.labels } : undefined },
      spec: {
        parentRefs: parents.map((p) => ({ name: p.name, namespace: p.namespace, sectionName: p.sectionName })),
        hostnames: [...props.hostnames],
        rules: [{
          matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: '/' } }],
          backendRefs: [{
            name: props.backend.serviceName,
            namespace: crossNamespace ? props.backend.namespace : undefined,
            port: props.backend.port,
          }],
        }],
      },
    });
    placeInFile(this.resource, 'httproute.yaml');

    if (crossNamespace) {
      const grantScope = props.referenceGrantScope;
      const grantChartNamespace = grantScope ? Chart.of(grantScope).namespace : undefined;
      if (!grantScope || grantChartNamespace !== props.backend.namespace) {
        throw new Error(`http route ${props.name} in namespace ${namespace} points at Service ${props.backend.serviceName} in namespace ${props.backend.namespace}: `
          + `pass referenceGrantScope, a construct in a chart of namespace ${props.backend.namespace} `
          + `(got ${grantScope ? `one in namespace ${grantChartNamespace ?? '(none)'}` : 'none'})`);
      }
      this.referenceGrant = new ReferenceGrant(grantScope, `ReferenceGrant-${props.name}-${namespace}`, {
        metadata: { name: `${props.name}-${namespace}-access`, namespace: props.backend.namespace, labels: props.labels ? { ...props.labels } : undefined },
        spec: {
          from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace }],
          to: [{ group: '', kind: 'Service', name: props.backend.serviceName }],
        },
      });
      placeInFile(this.referenceGrant, 'referencegrant.yaml');
    }
  }
}
