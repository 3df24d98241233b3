import { Construct } from 'constructs';
import { HttpRoute as RawHttpRoute, ReferenceGrant } from '../../imports/gateway.networking.k8s.io';
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
export declare const ENVOY_EXTERNAL: GatewayParent;
/** The cluster's LAN-only gateway. */
export declare const ENVOY_INTERNAL: GatewayParent;
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
export declare class HttpRoute extends Construct {
    readonly name: string;
    readonly namespace: string;
    readonly parents: readonly GatewayParent[];
    readonly resource: RawHttpRoute;
    /** Present when the backend is in another namespace. */
    readonly referenceGrant?: ReferenceGrant;
    constructor(scope: Construct, id: string, props: HttpRouteProps);
}
