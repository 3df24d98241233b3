import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
by binding Listeners to a set of IP addresses.
A Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema Gateway
 */
export declare class Gateway extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Gateway"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Gateway".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GatewayProps): any;
    /**
     * Defines a "Gateway" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GatewayProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
 * by binding Listeners to a set of IP addresses.
 * A Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
 * characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema Gateway
 */
export interface GatewayProps {
    /**
     * @schema Gateway#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of Gateway.
     *
     * @schema Gateway#spec
     */
    readonly spec: GatewaySpec;
}
/**
 * Converts an object of type 'GatewayProps' to JSON representation.
 */
export declare function toJson_GatewayProps(obj: GatewayProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of Gateway.
 *
 * @schema GatewaySpec
 */
export interface GatewaySpec {
    /**
     * Addresses requested for this Gateway. This is optional and behavior can
     * depend on the implementation. If a value is set in the spec and the
     * requested address is invalid or unavailable, the implementation MUST
     * indicate this in an associated entry in GatewayStatus.Conditions.
     *
     * The Addresses field represents a request for the address(es) on the
     * "outside of the Gateway", that traffic bound for this Gateway will use.
     * This could be the IP address or hostname of an external load balancer or
     * other networking infrastructure, or some other address that traffic will
     * be sent to.
     *
     * If no Addresses are specified, the implementation MAY schedule the
     * Gateway in an implementation-specific manner, assigning an appropriate
     * set of Addresses.
     *
     * The implementation MUST bind all Listeners to every GatewayAddress that
     * it assigns to the Gateway and add a corresponding entry in
     * GatewayStatus.Addresses.
     *
     * Support: Extended
     *
     * @schema GatewaySpec#addresses
     */
    readonly addresses?: GatewaySpecAddresses[];
    /**
     * AllowedListeners defines which ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewaySpec#allowedListeners
     */
    readonly allowedListeners?: GatewaySpecAllowedListeners;
    /**
     * GatewayClassName used for this Gateway. This is the name of a
     * GatewayClass resource.
     *
     * @schema GatewaySpec#gatewayClassName
     */
    readonly gatewayClassName: string;
    /**
     * Infrastructure defines infrastructure level attributes about this Gateway instance.
     *
     * Support: Extended
     *
     * @schema GatewaySpec#infrastructure
     */
    readonly infrastructure?: GatewaySpecInfrastructure;
    /**
     * Listeners associated with this Gateway. Listeners define
     * logical endpoints that are bound on this Gateway's addresses.
     * At least one Listener MUST be specified.
     *
     * ## Distinct Listeners
     *
     * Each Listener in a set of Listeners (for example, in a single Gateway)
     * MUST be _distinct_, in that a traffic flow MUST be able to be assigned to
     * exactly one listener. (This section uses "set of Listeners" rather than
     * "Listeners in a single Gateway" because implementations MAY merge configuration
     * from multiple Gateways onto a single data plane, and these rules _also_
     * apply in that case).
     *
     * Practically, this means that each listener in a set MUST have a unique
     * combination of Port, Protocol, and, if supported by the protocol, Hostname.
     *
     * Some combinations of port, protocol, and TLS settings are considered
     * Core support and MUST be supported by implementations based on the objects
     * they support:
     *
     * HTTPRoute
     *
     * 1. HTTPRoute, Port: 80, Protocol: HTTP
     * 2. HTTPRoute, Port: 443, Protocol: HTTPS, TLS Mode: Terminate, TLS keypair provided
     *
     * TLSRoute
     *
     * 1. TLSRoute, Port: 443, Protocol: TLS, TLS Mode: Passthrough
     *
     * "Distinct" Listeners have the following property:
     *
     * **The implementation can match inbound requests to a single distinct
     * Listener**.
     *
     * When multiple Listeners share values for fields (for
     * example, two Listeners with the same Port value), the implementation
     * can match requests to only one of the Listeners using other
     * Listener fields.
     *
     * When multiple listeners have the same value for the Protocol field, then
     * each of the Listeners with matching Protocol values MUST have different
     * values for other fields.
     *
     * The set of fields that MUST be different for a Listener differs per protocol.
     * The following rules define the rules for what fields MUST be considered for
     * Listeners to be distinct with each protocol currently defined in the
     * Gateway API spec.
     *
     * The set of listeners that all share a protocol value MUST have _different_
     * values for _at least one_ of these fields to be distinct:
     *
     * * **HTTP, HTTPS, TLS**: Port, Hostname
     * * **TCP, UDP**: Port
     *
     * One **very** important rule to call out involves what happens when an
     * implementation:
     *
     * * Supports TCP protocol Listeners, as well as HTTP, HTTPS, or TLS protocol
     * Listeners, and
     * * sees HTTP, HTTPS, or TLS protocols with the same `port` as one with TCP
     * Protocol.
     *
     * In this case all the Listeners that share a port with the
     * TCP Listener are not distinct and so MUST NOT be accepted.
     *
     * If an implementation does not support TCP Protocol Listeners, then the
     * previous rule does not apply, and the TCP Listeners SHOULD NOT be
     * accepted.
     *
     * Note that the `tls` field is not used for determining if a listener is distinct, because
     * Listeners that _only_ differ on TLS config will still conflict in all cases.
     *
     * ### Listeners that are distinct only by Hostname
     *
     * When the Listeners are distinct based only on Hostname, inbound request
     * hostnames MUST match from the most specific to least specific Hostname
     * values to choose the correct Listener and its associated set of Routes.
     *
     * Exact matches MUST be processed before wildcard matches, and wildcard
     * matches MUST be processed before fallback (empty Hostname value)
     * matches. For example, `"foo.example.com"` takes precedence over
     * `"*.example.com"`, and `"*.example.com"` takes precedence over `""`.
     *
     * Additionally, if there are multiple wildcard entries, more specific
     * wildcard entries must be processed before less specific wildcard entries.
     * For example, `"*.foo.example.com"` takes precedence over `"*.example.com"`.
     *
     * The precise definition here is that the higher the number of dots in the
     * hostname to the right of the wildcard character, the higher the precedence.
     *
     * The wildcard character will match any number of characters _and dots_ to
     * the left, however, so `"*.example.com"` will match both
     * `"foo.bar.example.com"` _and_ `"bar.example.com"`.
     *
     * ## Handling indistinct Listeners
     *
     * If a set of Listeners contains Listeners that are not distinct, then those
     * Listeners are _Conflicted_, and the implementation MUST set the "Conflicted"
     * condition in the Listener Status to "True".
     *
     * The words "indistinct" and "conflicted" are considered equivalent for the
     * purpose of this documentation.
     *
     * Implementations MAY choose to accept a Gateway with some Conflicted
     * Listeners only if they only accept the partial Listener set that contains
     * no Conflicted Listeners.
     *
     * Specifically, an implementation MAY accept a partial Listener set subject to
     * the following rules:
     *
     * * The implementation MUST NOT pick one conflicting Listener as the winner.
     * ALL indistinct Listeners must not be accepted for processing.
     * * At least one distinct Listener MUST be present, or else the Gateway effectively
     * contains _no_ Listeners, and must be rejected from processing as a whole.
     *
     * The implementation MUST set a "ListenersNotValid" condition on the
     * Gateway Status when the Gateway contains Conflicted Listeners whether or
     * not they accept the Gateway. That Condition SHOULD clearly
     * indicate in the Message which Listeners are conflicted, and which are
     * Accepted. Additionally, the Listener status for those listeners SHOULD
     * indicate which Listeners are conflicted and not Accepted.
     *
     * ## General Listener behavior
     *
     * Note that, for all distinct Listeners, requests SHOULD match at most one Listener.
     * For example, if Listeners are defined for "foo.example.com" and "*.example.com", a
     * request to "foo.example.com" SHOULD only be routed using routes attached
     * to the "foo.example.com" Listener (and not the "*.example.com" Listener).
     *
     * If traffic to a Gateway does not match any Listener's hostname (or if
     * the Listener does not specify a hostname and the request does not match
     * any attached Route), the request MUST be rejected. The specific mechanism
     * for rejection depends on the protocol: HTTP returns a 404 status code,
     * while gRPC returns an Unimplemented status code.
     *
     * This concept is known as "Listener Isolation", and it is an Extended feature
     * of Gateway API. Implementations that do not support Listener Isolation MUST
     * clearly document this, and MUST NOT claim support for the
     * `GatewayHTTPListenerIsolation` feature.
     *
     * Implementations that _do_ support Listener Isolation SHOULD claim support
     * for the Extended `GatewayHTTPListenerIsolation` feature and pass the associated
     * conformance tests.
     *
     * ## Compatible Listeners
     *
     * A Gateway's Listeners are considered _compatible_ if:
     *
     * 1. They are distinct.
     * 2. The implementation can serve them in compliance with the Addresses
     * requirement that all Listeners are available on all assigned
     * addresses.
     *
     * Compatible combinations in Extended support are expected to vary across
     * implementations. A combination that is compatible for one implementation
     * may not be compatible for another.
     *
     * For example, an implementation that cannot serve both TCP and UDP listeners
     * on the same address, or cannot mix HTTPS and generic TLS listens on the same port
     * would not consider those cases compatible, even though they are distinct.
     *
     * Implementations MAY merge separate Gateways onto a single set of
     * Addresses if all Listeners across all Gateways are compatible.
     *
     * In a future release the MinItems=1 requirement MAY be dropped.
     *
     * Support: Core
     *
     * @schema GatewaySpec#listeners
     */
    readonly listeners: GatewaySpecListeners[];
    /**
     * TLS specifies frontend and backend tls configuration for entire gateway.
     *
     * Support: Extended
     *
     * @schema GatewaySpec#tls
     */
    readonly tls?: GatewaySpecTls;
}
/**
 * Converts an object of type 'GatewaySpec' to JSON representation.
 */
export declare function toJson_GatewaySpec(obj: GatewaySpec | undefined): Record<string, any> | undefined;
/**
 * GatewaySpecAddress describes an address that can be bound to a Gateway.
 *
 * @schema GatewaySpecAddresses
 */
export interface GatewaySpecAddresses {
    /**
     * Type of the address.
     *
     * @schema GatewaySpecAddresses#type
     */
    readonly type?: string;
    /**
     * When a value is unspecified, an implementation SHOULD automatically
     * assign an address matching the requested type if possible.
     *
     * If an implementation does not support an empty value, they MUST set the
     * "Programmed" condition in status to False with a reason of "AddressNotAssigned".
     *
     * Examples: `1.2.3.4`, `128::1`, `my-ip-address`.
     *
     * @schema GatewaySpecAddresses#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'GatewaySpecAddresses' to JSON representation.
 */
export declare function toJson_GatewaySpecAddresses(obj: GatewaySpecAddresses | undefined): Record<string, any> | undefined;
/**
 * AllowedListeners defines which ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewaySpecAllowedListeners
 */
export interface GatewaySpecAllowedListeners {
    /**
     * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewaySpecAllowedListeners#namespaces
     */
    readonly namespaces?: GatewaySpecAllowedListenersNamespaces;
}
/**
 * Converts an object of type 'GatewaySpecAllowedListeners' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListeners(obj: GatewaySpecAllowedListeners | undefined): Record<string, any> | undefined;
/**
 * Infrastructure defines infrastructure level attributes about this Gateway instance.
 *
 * Support: Extended
 *
 * @schema GatewaySpecInfrastructure
 */
export interface GatewaySpecInfrastructure {
    /**
     * Annotations that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.annotations` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "annotations" concepts.
     *
     * An implementation may chose to add additional implementation-specific annotations as they see fit.
     *
     * Support: Extended
     *
     * @schema GatewaySpecInfrastructure#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.labels` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "labels" concepts.
     *
     * An implementation may chose to add additional implementation-specific labels as they see fit.
     *
     * If an implementation maps these labels to Pods, or any other resource that would need to be recreated when labels
     * change, it SHOULD clearly warn about this behavior in documentation.
     *
     * Support: Extended
     *
     * @schema GatewaySpecInfrastructure#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * ParametersRef is a reference to a resource that contains the configuration
     * parameters corresponding to the Gateway. This is optional if the
     * controller does not require any additional configuration.
     *
     * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
     *
     * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
     * the merging behavior is implementation specific.
     * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
     *
     * If the referent cannot be found, refers to an unsupported kind, or when
     * the data within that resource is malformed, the Gateway SHOULD be
     * rejected with the "Accepted" status condition set to "False" and an
     * "InvalidParameters" reason.
     *
     * Support: Implementation-specific
     *
     * @schema GatewaySpecInfrastructure#parametersRef
     */
    readonly parametersRef?: GatewaySpecInfrastructureParametersRef;
}
/**
 * Converts an object of type 'GatewaySpecInfrastructure' to JSON representation.
 */
export declare function toJson_GatewaySpecInfrastructure(obj: GatewaySpecInfrastructure | undefined): Record<string, any> | undefined;
/**
 * Listener embodies the concept of a logical endpoint where a Gateway accepts
 * network connections.
 *
 * @schema GatewaySpecListeners
 */
export interface GatewaySpecListeners {
    /**
     * AllowedRoutes defines the types of routes that MAY be attached to a
     * Listener and the trusted namespaces where those Route resources MAY be
     * present.
     *
     * Although a client request may match multiple route rules, only one rule
     * may ultimately receive the request. Matching precedence MUST be
     * determined in order of the following criteria:
     *
     * * The most specific match as defined by the Route type.
     * * The oldest Route based on creation timestamp. For example, a Route with
     * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
     * a Route with a creation timestamp of "2020-09-08 01:02:04".
     * * If everything else is equivalent, the Route appearing first in
     * alphabetical order (namespace/name) should be given precedence. For
     * example, foo/bar is given precedence over foo/baz.
     *
     * All valid rules within a Route attached to this Listener should be
     * implemented. Invalid Route rules can be ignored (sometimes that will mean
     * the full Route). If a Route rule transitions from valid to invalid,
     * support for that Route rule should be dropped to ensure consistency. For
     * example, even if a filter specified by a Route rule is invalid, the rest
     * of the rules within that Route should still be supported.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#allowedRoutes
     */
    readonly allowedRoutes?: GatewaySpecListenersAllowedRoutes;
    /**
     * Hostname specifies the virtual hostname to match for protocol types that
     * define this concept. When unspecified, all hostnames are matched. This
     * field is ignored for protocols that don't require hostname based
     * matching.
     *
     * Implementations MUST apply Hostname matching appropriately for each of
     * the following protocols:
     *
     * * TLS: The Listener Hostname MUST match the SNI.
     * * HTTP: The Listener Hostname MUST match the Host header of the request.
     * * HTTPS: The Listener Hostname SHOULD match both the SNI and Host header.
     * Note that this does not require the SNI and Host header to be the same.
     * The semantics of this are described in more detail below.
     *
     * To ensure security, Section 11.1 of RFC-6066 emphasizes that server
     * implementations that rely on SNI hostname matching MUST also verify
     * hostnames within the application protocol.
     *
     * Section 9.1.2 of RFC-7540 provides a mechanism for servers to reject the
     * reuse of a connection by responding with the HTTP 421 Misdirected Request
     * status code. This indicates that the origin server has rejected the
     * request because it appears to have been misdirected.
     *
     * To detect misdirected requests, Gateways SHOULD match the authority of
     * the requests with all the SNI hostname(s) configured across all the
     * Gateway Listeners on the same port and protocol:
     *
     * * If another Listener has an exact match or more specific wildcard entry,
     * the Gateway SHOULD return a 421.
     * * If the current Listener (selected by SNI matching during ClientHello)
     * does not match the Host:
     * * If another Listener does match the Host, the Gateway SHOULD return a
     * 421.
     * * If no other Listener matches the Host, the Gateway MUST return a
     * 404.
     *
     * For HTTPRoute and TLSRoute resources, there is an interaction with the
     * `spec.hostnames` array. When both listener and route specify hostnames,
     * there MUST be an intersection between the values for a Route to be
     * accepted. For more information, refer to the Route specific Hostnames
     * documentation.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#hostname
     */
    readonly hostname?: string;
    /**
     * Name is the name of the Listener. This name MUST be unique within a
     * Gateway.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#name
     */
    readonly name: string;
    /**
     * Port is the network port. Multiple listeners may use the
     * same port, subject to the Listener compatibility rules.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#port
     */
    readonly port: number;
    /**
     * Protocol specifies the network protocol this listener expects to receive.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#protocol
     */
    readonly protocol: string;
    /**
     * TLS is the TLS configuration for the Listener. This field is required if
     * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
     * if the Protocol field is "HTTP", "TCP", or "UDP".
     *
     * The association of SNIs to Certificate defined in ListenerTLSConfig is
     * defined based on the Hostname field for this listener.
     *
     * The GatewayClass MUST use the longest matching SNI out of all
     * available certificates for any TLS handshake.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#tls
     */
    readonly tls?: GatewaySpecListenersTls;
}
/**
 * Converts an object of type 'GatewaySpecListeners' to JSON representation.
 */
export declare function toJson_GatewaySpecListeners(obj: GatewaySpecListeners | undefined): Record<string, any> | undefined;
/**
 * TLS specifies frontend and backend tls configuration for entire gateway.
 *
 * Support: Extended
 *
 * @schema GatewaySpecTls
 */
export interface GatewaySpecTls {
    /**
     * Backend describes TLS configuration for gateway when connecting
     * to backends.
     *
     * Note that this contains only details for the Gateway as a TLS client,
     * and does _not_ imply behavior about how to choose which backend should
     * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
     *
     * Support: Core
     *
     * @schema GatewaySpecTls#backend
     */
    readonly backend?: GatewaySpecTlsBackend;
    /**
     * Frontend describes TLS config when client connects to Gateway.
     * Support: Core
     *
     * @schema GatewaySpecTls#frontend
     */
    readonly frontend?: GatewaySpecTlsFrontend;
}
/**
 * Converts an object of type 'GatewaySpecTls' to JSON representation.
 */
export declare function toJson_GatewaySpecTls(obj: GatewaySpecTls | undefined): Record<string, any> | undefined;
/**
 * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewaySpecAllowedListenersNamespaces
 */
export interface GatewaySpecAllowedListenersNamespaces {
    /**
     * From indicates where ListenerSets can attach to this Gateway. Possible
     * values are:
     *
     * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
     * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
     * * All: ListenerSets in all namespaces may be attached to this Gateway.
     * * None: Only listeners defined in the Gateway's spec are allowed
     *
     * The default value None
     *
     * @schema GatewaySpecAllowedListenersNamespaces#from
     */
    readonly from?: GatewaySpecAllowedListenersNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only ListenerSets in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * @schema GatewaySpecAllowedListenersNamespaces#selector
     */
    readonly selector?: GatewaySpecAllowedListenersNamespacesSelector;
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespaces' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListenersNamespaces(obj: GatewaySpecAllowedListenersNamespaces | undefined): Record<string, any> | undefined;
/**
 * ParametersRef is a reference to a resource that contains the configuration
 * parameters corresponding to the Gateway. This is optional if the
 * controller does not require any additional configuration.
 *
 * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
 *
 * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
 * the merging behavior is implementation specific.
 * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
 *
 * If the referent cannot be found, refers to an unsupported kind, or when
 * the data within that resource is malformed, the Gateway SHOULD be
 * rejected with the "Accepted" status condition set to "False" and an
 * "InvalidParameters" reason.
 *
 * Support: Implementation-specific
 *
 * @schema GatewaySpecInfrastructureParametersRef
 */
export interface GatewaySpecInfrastructureParametersRef {
    /**
     * Group is the group of the referent.
     *
     * @schema GatewaySpecInfrastructureParametersRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent.
     *
     * @schema GatewaySpecInfrastructureParametersRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecInfrastructureParametersRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GatewaySpecInfrastructureParametersRef' to JSON representation.
 */
export declare function toJson_GatewaySpecInfrastructureParametersRef(obj: GatewaySpecInfrastructureParametersRef | undefined): Record<string, any> | undefined;
/**
 * AllowedRoutes defines the types of routes that MAY be attached to a
 * Listener and the trusted namespaces where those Route resources MAY be
 * present.
 *
 * Although a client request may match multiple route rules, only one rule
 * may ultimately receive the request. Matching precedence MUST be
 * determined in order of the following criteria:
 *
 * * The most specific match as defined by the Route type.
 * * The oldest Route based on creation timestamp. For example, a Route with
 * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
 * a Route with a creation timestamp of "2020-09-08 01:02:04".
 * * If everything else is equivalent, the Route appearing first in
 * alphabetical order (namespace/name) should be given precedence. For
 * example, foo/bar is given precedence over foo/baz.
 *
 * All valid rules within a Route attached to this Listener should be
 * implemented. Invalid Route rules can be ignored (sometimes that will mean
 * the full Route). If a Route rule transitions from valid to invalid,
 * support for that Route rule should be dropped to ensure consistency. For
 * example, even if a filter specified by a Route rule is invalid, the rest
 * of the rules within that Route should still be supported.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutes
 */
export interface GatewaySpecListenersAllowedRoutes {
    /**
     * Kinds specifies the groups and kinds of Routes that are allowed to bind
     * to this Gateway Listener. When unspecified or empty, the kinds of Routes
     * selected are determined using the Listener protocol.
     *
     * A RouteGroupKind MUST correspond to kinds of Routes that are compatible
     * with the application protocol specified in the Listener's Protocol field.
     * If an implementation does not support or recognize this resource type, it
     * MUST set the "ResolvedRefs" condition to False for this Listener with the
     * "InvalidRouteKinds" reason.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutes#kinds
     */
    readonly kinds?: GatewaySpecListenersAllowedRoutesKinds[];
    /**
     * Namespaces indicates namespaces from which Routes may be attached to this
     * Listener. This is restricted to the namespace of this Gateway by default.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutes#namespaces
     */
    readonly namespaces?: GatewaySpecListenersAllowedRoutesNamespaces;
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutes' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutes(obj: GatewaySpecListenersAllowedRoutes | undefined): Record<string, any> | undefined;
/**
 * TLS is the TLS configuration for the Listener. This field is required if
 * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
 * if the Protocol field is "HTTP", "TCP", or "UDP".
 *
 * The association of SNIs to Certificate defined in ListenerTLSConfig is
 * defined based on the Hostname field for this listener.
 *
 * The GatewayClass MUST use the longest matching SNI out of all
 * available certificates for any TLS handshake.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersTls
 */
export interface GatewaySpecListenersTls {
    /**
     * CertificateRefs contains a series of references to Kubernetes objects that
     * contains TLS certificates and private keys. These certificates are used to
     * establish a TLS handshake for requests that match the hostname of the
     * associated listener.
     *
     * A single CertificateRef to a Kubernetes Secret has "Core" support.
     * Implementations MAY choose to support attaching multiple certificates to
     * a Listener, but this behavior is implementation-specific.
     *
     * References to a resource in different namespace are invalid UNLESS there
     * is a ReferenceGrant in the target namespace that allows the certificate
     * to be attached. If a ReferenceGrant does not allow this reference, the
     * "ResolvedRefs" condition MUST be set to False for this listener with the
     * "RefNotPermitted" reason.
     *
     * This field is required to have at least one element when the mode is set
     * to "Terminate" (default) and is optional otherwise.
     *
     * CertificateRefs can reference to standard Kubernetes resources, i.e.
     * Secret, or implementation-specific custom resources.
     *
     * Support: Core - A single reference to a Kubernetes Secret of type kubernetes.io/tls
     *
     * Support: Implementation-specific (More than one reference or other resource types)
     *
     * @schema GatewaySpecListenersTls#certificateRefs
     */
    readonly certificateRefs?: GatewaySpecListenersTlsCertificateRefs[];
    /**
     * Mode defines the TLS behavior for the TLS session initiated by the client.
     * There are two possible modes:
     *
     * - Terminate: The TLS session between the downstream client and the
     * Gateway is terminated at the Gateway. This mode requires certificates
     * to be specified in some way, such as populating the certificateRefs
     * field.
     * - Passthrough: The TLS session is NOT terminated by the Gateway. This
     * implies that the Gateway can't decipher the TLS stream except for
     * the ClientHello message of the TLS protocol. The certificateRefs field
     * is ignored in this mode.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersTls#mode
     */
    readonly mode?: GatewaySpecListenersTlsMode;
    /**
     * Options are a list of key/value pairs to enable extended TLS
     * configuration for each implementation. For example, configuring the
     * minimum TLS version or supported cipher suites.
     *
     * A set of common keys MAY be defined by the API in the future. To avoid
     * any ambiguity, implementation-specific definitions MUST use
     * domain-prefixed names, such as `example.com/my-custom-option`.
     * Un-prefixed names are reserved for key names defined by Gateway API.
     *
     * Support: Implementation-specific
     *
     * @schema GatewaySpecListenersTls#options
     */
    readonly options?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewaySpecListenersTls' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersTls(obj: GatewaySpecListenersTls | undefined): Record<string, any> | undefined;
/**
 * Backend describes TLS configuration for gateway when connecting
 * to backends.
 *
 * Note that this contains only details for the Gateway as a TLS client,
 * and does _not_ imply behavior about how to choose which backend should
 * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsBackend
 */
export interface GatewaySpecTlsBackend {
    /**
     * ClientCertificateRef references an object that contains a client certificate
     * and its associated private key. It can reference standard Kubernetes resources,
     * i.e., Secret, or implementation-specific custom resources.
     *
     * A ClientCertificateRef is considered invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the referenced resource
     * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
     * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
     * and the Message of the Condition MUST indicate why the reference is invalid.
     *
     * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
     * in the target namespace that allows the certificate to be attached.
     * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the certificate
     * content (e.g., checking expiry or enforcing specific formats). In such cases,
     * an implementation-specific Reason and Message MUST be set.
     *
     * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
     * Support: Implementation-specific - Other resource kinds or Secrets with a
     * different type (e.g., `Opaque`).
     *
     * @schema GatewaySpecTlsBackend#clientCertificateRef
     */
    readonly clientCertificateRef?: GatewaySpecTlsBackendClientCertificateRef;
}
/**
 * Converts an object of type 'GatewaySpecTlsBackend' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsBackend(obj: GatewaySpecTlsBackend | undefined): Record<string, any> | undefined;
/**
 * Frontend describes TLS config when client connects to Gateway.
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontend
 */
export interface GatewaySpecTlsFrontend {
    /**
     * Default specifies the default client certificate validation configuration
     * for all Listeners handling HTTPS traffic, unless a per-port configuration
     * is defined.
     *
     * support: Core
     *
     * @schema GatewaySpecTlsFrontend#default
     */
    readonly default: GatewaySpecTlsFrontendDefault;
    /**
     * PerPort specifies tls configuration assigned per port.
     * Per port configuration is optional. Once set this configuration overrides
     * the default configuration for all Listeners handling HTTPS traffic
     * that match this port.
     * Each override port requires a unique TLS configuration.
     *
     * support: Core
     *
     * @schema GatewaySpecTlsFrontend#perPort
     */
    readonly perPort?: GatewaySpecTlsFrontendPerPort[];
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontend' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontend(obj: GatewaySpecTlsFrontend | undefined): Record<string, any> | undefined;
/**
 * From indicates where ListenerSets can attach to this Gateway. Possible
 * values are:
 *
 * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
 * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
 * * All: ListenerSets in all namespaces may be attached to this Gateway.
 * * None: Only listeners defined in the Gateway's spec are allowed
 *
 * The default value None
 *
 * @schema GatewaySpecAllowedListenersNamespacesFrom
 */
export declare enum GatewaySpecAllowedListenersNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same",
    /** None */
    NONE = "None"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only ListenerSets in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * @schema GatewaySpecAllowedListenersNamespacesSelector
 */
export interface GatewaySpecAllowedListenersNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListenersNamespacesSelector(obj: GatewaySpecAllowedListenersNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * RouteGroupKind indicates the group and kind of a Route resource.
 *
 * @schema GatewaySpecListenersAllowedRoutesKinds
 */
export interface GatewaySpecListenersAllowedRoutesKinds {
    /**
     * Group is the group of the Route.
     *
     * @schema GatewaySpecListenersAllowedRoutesKinds#group
     */
    readonly group?: string;
    /**
     * Kind is the kind of the Route.
     *
     * @schema GatewaySpecListenersAllowedRoutesKinds#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesKinds' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesKinds(obj: GatewaySpecListenersAllowedRoutesKinds | undefined): Record<string, any> | undefined;
/**
 * Namespaces indicates namespaces from which Routes may be attached to this
 * Listener. This is restricted to the namespace of this Gateway by default.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespaces
 */
export interface GatewaySpecListenersAllowedRoutesNamespaces {
    /**
     * From indicates where Routes will be selected for this Gateway. Possible
     * values are:
     *
     * * All: Routes in all namespaces may be used by this Gateway.
     * * Selector: Routes in namespaces selected by the selector may be used by
     * this Gateway.
     * * Same: Only Routes in the same namespace may be used by this Gateway.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespaces#from
     */
    readonly from?: GatewaySpecListenersAllowedRoutesNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only Routes in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespaces#selector
     */
    readonly selector?: GatewaySpecListenersAllowedRoutesNamespacesSelector;
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespaces' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesNamespaces(obj: GatewaySpecListenersAllowedRoutesNamespaces | undefined): Record<string, any> | undefined;
/**
 * SecretObjectReference identifies an API object including its namespace,
 * defaulting to Secret.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewaySpecListenersTlsCertificateRefs
 */
export interface GatewaySpecListenersTlsCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecListenersTlsCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersTlsCertificateRefs(obj: GatewaySpecListenersTlsCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * Mode defines the TLS behavior for the TLS session initiated by the client.
 * There are two possible modes:
 *
 * - Terminate: The TLS session between the downstream client and the
 * Gateway is terminated at the Gateway. This mode requires certificates
 * to be specified in some way, such as populating the certificateRefs
 * field.
 * - Passthrough: The TLS session is NOT terminated by the Gateway. This
 * implies that the Gateway can't decipher the TLS stream except for
 * the ClientHello message of the TLS protocol. The certificateRefs field
 * is ignored in this mode.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersTlsMode
 */
export declare enum GatewaySpecListenersTlsMode {
    /** Terminate */
    TERMINATE = "Terminate",
    /** Passthrough */
    PASSTHROUGH = "Passthrough"
}
/**
 * ClientCertificateRef references an object that contains a client certificate
 * and its associated private key. It can reference standard Kubernetes resources,
 * i.e., Secret, or implementation-specific custom resources.
 *
 * A ClientCertificateRef is considered invalid if:
 *
 * * It refers to a resource that cannot be resolved (e.g., the referenced resource
 * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
 * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
 * and the Message of the Condition MUST indicate why the reference is invalid.
 *
 * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
 * in the target namespace that allows the certificate to be attached.
 * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
 *
 * Implementations MAY choose to perform further validation of the certificate
 * content (e.g., checking expiry or enforcing specific formats). In such cases,
 * an implementation-specific Reason and Message MUST be set.
 *
 * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
 * Support: Implementation-specific - Other resource kinds or Secrets with a
 * different type (e.g., `Opaque`).
 *
 * @schema GatewaySpecTlsBackendClientCertificateRef
 */
export interface GatewaySpecTlsBackendClientCertificateRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecTlsBackendClientCertificateRef' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsBackendClientCertificateRef(obj: GatewaySpecTlsBackendClientCertificateRef | undefined): Record<string, any> | undefined;
/**
 * Default specifies the default client certificate validation configuration
 * for all Listeners handling HTTPS traffic, unless a per-port configuration
 * is defined.
 *
 * support: Core
 *
 * @schema GatewaySpecTlsFrontendDefault
 */
export interface GatewaySpecTlsFrontendDefault {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendDefault#validation
     */
    readonly validation?: GatewaySpecTlsFrontendDefaultValidation;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefault' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendDefault(obj: GatewaySpecTlsFrontendDefault | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpecTlsFrontendPerPort
 */
export interface GatewaySpecTlsFrontendPerPort {
    /**
     * The Port indicates the Port Number to which the TLS configuration will be
     * applied. This configuration will be applied to all Listeners handling HTTPS
     * traffic that match this port.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPort#port
     */
    readonly port: number;
    /**
     * TLS store the configuration that will be applied to all Listeners handling
     * HTTPS traffic and matching given port.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPort#tls
     */
    readonly tls: GatewaySpecTlsFrontendPerPortTls;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPort' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPort(obj: GatewaySpecTlsFrontendPerPort | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions
 */
export interface GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions(obj: GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * From indicates where Routes will be selected for this Gateway. Possible
 * values are:
 *
 * * All: Routes in all namespaces may be used by this Gateway.
 * * Selector: Routes in namespaces selected by the selector may be used by
 * this Gateway.
 * * Same: Only Routes in the same namespace may be used by this Gateway.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespacesFrom
 */
export declare enum GatewaySpecListenersAllowedRoutesNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only Routes in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespacesSelector
 */
export interface GatewaySpecListenersAllowedRoutesNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector(obj: GatewaySpecListenersAllowedRoutesNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontendDefaultValidation
 */
export interface GatewaySpecTlsFrontendDefaultValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewaySpecTlsFrontendDefaultValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewaySpecTlsFrontendDefaultValidation#mode
     */
    readonly mode?: GatewaySpecTlsFrontendDefaultValidationMode;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefaultValidation' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendDefaultValidation(obj: GatewaySpecTlsFrontendDefaultValidation | undefined): Record<string, any> | undefined;
/**
 * TLS store the configuration that will be applied to all Listeners handling
 * HTTPS traffic and matching given port.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontendPerPortTls
 */
export interface GatewaySpecTlsFrontendPerPortTls {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPortTls#validation
     */
    readonly validation?: GatewaySpecTlsFrontendPerPortTlsValidation;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTls' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPortTls(obj: GatewaySpecTlsFrontendPerPortTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions
 */
export interface GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs
 */
export interface GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs(obj: GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewaySpecTlsFrontendDefaultValidationMode
 */
export declare enum GatewaySpecTlsFrontendDefaultValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontendPerPortTlsValidation
 */
export interface GatewaySpecTlsFrontendPerPortTlsValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewaySpecTlsFrontendPerPortTlsValidation#mode
     */
    readonly mode?: GatewaySpecTlsFrontendPerPortTlsValidationMode;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTlsValidation' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPortTlsValidation(obj: GatewaySpecTlsFrontendPerPortTlsValidation | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs
 */
export interface GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj: GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewaySpecTlsFrontendPerPortTlsValidationMode
 */
export declare enum GatewaySpecTlsFrontendPerPortTlsValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
by binding Listeners to a set of IP addresses.
 *
 * @schema GatewayV1Beta1
 */
export declare class GatewayV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GatewayV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GatewayV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GatewayV1Beta1Props): any;
    /**
     * Defines a "GatewayV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GatewayV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
 * by binding Listeners to a set of IP addresses.
 *
 * @schema GatewayV1Beta1
 */
export interface GatewayV1Beta1Props {
    /**
     * @schema GatewayV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of Gateway.
     *
     * @schema GatewayV1Beta1#spec
     */
    readonly spec: GatewayV1Beta1Spec;
}
/**
 * Converts an object of type 'GatewayV1Beta1Props' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1Props(obj: GatewayV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of Gateway.
 *
 * @schema GatewayV1Beta1Spec
 */
export interface GatewayV1Beta1Spec {
    /**
     * Addresses requested for this Gateway. This is optional and behavior can
     * depend on the implementation. If a value is set in the spec and the
     * requested address is invalid or unavailable, the implementation MUST
     * indicate this in an associated entry in GatewayStatus.Conditions.
     *
     * The Addresses field represents a request for the address(es) on the
     * "outside of the Gateway", that traffic bound for this Gateway will use.
     * This could be the IP address or hostname of an external load balancer or
     * other networking infrastructure, or some other address that traffic will
     * be sent to.
     *
     * If no Addresses are specified, the implementation MAY schedule the
     * Gateway in an implementation-specific manner, assigning an appropriate
     * set of Addresses.
     *
     * The implementation MUST bind all Listeners to every GatewayAddress that
     * it assigns to the Gateway and add a corresponding entry in
     * GatewayStatus.Addresses.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1Spec#addresses
     */
    readonly addresses?: GatewayV1Beta1SpecAddresses[];
    /**
     * AllowedListeners defines which ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewayV1Beta1Spec#allowedListeners
     */
    readonly allowedListeners?: GatewayV1Beta1SpecAllowedListeners;
    /**
     * GatewayClassName used for this Gateway. This is the name of a
     * GatewayClass resource.
     *
     * @schema GatewayV1Beta1Spec#gatewayClassName
     */
    readonly gatewayClassName: string;
    /**
     * Infrastructure defines infrastructure level attributes about this Gateway instance.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1Spec#infrastructure
     */
    readonly infrastructure?: GatewayV1Beta1SpecInfrastructure;
    /**
     * Listeners associated with this Gateway. Listeners define
     * logical endpoints that are bound on this Gateway's addresses.
     * At least one Listener MUST be specified.
     *
     * ## Distinct Listeners
     *
     * Each Listener in a set of Listeners (for example, in a single Gateway)
     * MUST be _distinct_, in that a traffic flow MUST be able to be assigned to
     * exactly one listener. (This section uses "set of Listeners" rather than
     * "Listeners in a single Gateway" because implementations MAY merge configuration
     * from multiple Gateways onto a single data plane, and these rules _also_
     * apply in that case).
     *
     * Practically, this means that each listener in a set MUST have a unique
     * combination of Port, Protocol, and, if supported by the protocol, Hostname.
     *
     * Some combinations of port, protocol, and TLS settings are considered
     * Core support and MUST be supported by implementations based on the objects
     * they support:
     *
     * HTTPRoute
     *
     * 1. HTTPRoute, Port: 80, Protocol: HTTP
     * 2. HTTPRoute, Port: 443, Protocol: HTTPS, TLS Mode: Terminate, TLS keypair provided
     *
     * TLSRoute
     *
     * 1. TLSRoute, Port: 443, Protocol: TLS, TLS Mode: Passthrough
     *
     * "Distinct" Listeners have the following property:
     *
     * **The implementation can match inbound requests to a single distinct
     * Listener**.
     *
     * When multiple Listeners share values for fields (for
     * example, two Listeners with the same Port value), the implementation
     * can match requests to only one of the Listeners using other
     * Listener fields.
     *
     * When multiple listeners have the same value for the Protocol field, then
     * each of the Listeners with matching Protocol values MUST have different
     * values for other fields.
     *
     * The set of fields that MUST be different for a Listener differs per protocol.
     * The following rules define the rules for what fields MUST be considered for
     * Listeners to be distinct with each protocol currently defined in the
     * Gateway API spec.
     *
     * The set of listeners that all share a protocol value MUST have _different_
     * values for _at least one_ of these fields to be distinct:
     *
     * * **HTTP, HTTPS, TLS**: Port, Hostname
     * * **TCP, UDP**: Port
     *
     * One **very** important rule to call out involves what happens when an
     * implementation:
     *
     * * Supports TCP protocol Listeners, as well as HTTP, HTTPS, or TLS protocol
     * Listeners, and
     * * sees HTTP, HTTPS, or TLS protocols with the same `port` as one with TCP
     * Protocol.
     *
     * In this case all the Listeners that share a port with the
     * TCP Listener are not distinct and so MUST NOT be accepted.
     *
     * If an implementation does not support TCP Protocol Listeners, then the
     * previous rule does not apply, and the TCP Listeners SHOULD NOT be
     * accepted.
     *
     * Note that the `tls` field is not used for determining if a listener is distinct, because
     * Listeners that _only_ differ on TLS config will still conflict in all cases.
     *
     * ### Listeners that are distinct only by Hostname
     *
     * When the Listeners are distinct based only on Hostname, inbound request
     * hostnames MUST match from the most specific to least specific Hostname
     * values to choose the correct Listener and its associated set of Routes.
     *
     * Exact matches MUST be processed before wildcard matches, and wildcard
     * matches MUST be processed before fallback (empty Hostname value)
     * matches. For example, `"foo.example.com"` takes precedence over
     * `"*.example.com"`, and `"*.example.com"` takes precedence over `""`.
     *
     * Additionally, if there are multiple wildcard entries, more specific
     * wildcard entries must be processed before less specific wildcard entries.
     * For example, `"*.foo.example.com"` takes precedence over `"*.example.com"`.
     *
     * The precise definition here is that the higher the number of dots in the
     * hostname to the right of the wildcard character, the higher the precedence.
     *
     * The wildcard character will match any number of characters _and dots_ to
     * the left, however, so `"*.example.com"` will match both
     * `"foo.bar.example.com"` _and_ `"bar.example.com"`.
     *
     * ## Handling indistinct Listeners
     *
     * If a set of Listeners contains Listeners that are not distinct, then those
     * Listeners are _Conflicted_, and the implementation MUST set the "Conflicted"
     * condition in the Listener Status to "True".
     *
     * The words "indistinct" and "conflicted" are considered equivalent for the
     * purpose of this documentation.
     *
     * Implementations MAY choose to accept a Gateway with some Conflicted
     * Listeners only if they only accept the partial Listener set that contains
     * no Conflicted Listeners.
     *
     * Specifically, an implementation MAY accept a partial Listener set subject to
     * the following rules:
     *
     * * The implementation MUST NOT pick one conflicting Listener as the winner.
     * ALL indistinct Listeners must not be accepted for processing.
     * * At least one distinct Listener MUST be present, or else the Gateway effectively
     * contains _no_ Listeners, and must be rejected from processing as a whole.
     *
     * The implementation MUST set a "ListenersNotValid" condition on the
     * Gateway Status when the Gateway contains Conflicted Listeners whether or
     * not they accept the Gateway. That Condition SHOULD clearly
     * indicate in the Message which Listeners are conflicted, and which are
     * Accepted. Additionally, the Listener status for those listeners SHOULD
     * indicate which Listeners are conflicted and not Accepted.
     *
     * ## General Listener behavior
     *
     * Note that, for all distinct Listeners, requests SHOULD match at most one Listener.
     * For example, if Listeners are defined for "foo.example.com" and "*.example.com", a
     * request to "foo.example.com" SHOULD only be routed using routes attached
     * to the "foo.example.com" Listener (and not the "*.example.com" Listener).
     *
     * If traffic to a Gateway does not match any Listener's hostname (or if
     * the Listener does not specify a hostname and the request does not match
     * any attached Route), the request MUST be rejected. The specific mechanism
     * for rejection depends on the protocol: HTTP returns a 404 status code,
     * while gRPC returns an Unimplemented status code.
     *
     * This concept is known as "Listener Isolation", and it is an Extended feature
     * of Gateway API. Implementations that do not support Listener Isolation MUST
     * clearly document this, and MUST NOT claim support for the
     * `GatewayHTTPListenerIsolation` feature.
     *
     * Implementations that _do_ support Listener Isolation SHOULD claim support
     * for the Extended `GatewayHTTPListenerIsolation` feature and pass the associated
     * conformance tests.
     *
     * ## Compatible Listeners
     *
     * A Gateway's Listeners are considered _compatible_ if:
     *
     * 1. They are distinct.
     * 2. The implementation can serve them in compliance with the Addresses
     * requirement that all Listeners are available on all assigned
     * addresses.
     *
     * Compatible combinations in Extended support are expected to vary across
     * implementations. A combination that is compatible for one implementation
     * may not be compatible for another.
     *
     * For example, an implementation that cannot serve both TCP and UDP listeners
     * on the same address, or cannot mix HTTPS and generic TLS listens on the same port
     * would not consider those cases compatible, even though they are distinct.
     *
     * Implementations MAY merge separate Gateways onto a single set of
     * Addresses if all Listeners across all Gateways are compatible.
     *
     * In a future release the MinItems=1 requirement MAY be dropped.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1Spec#listeners
     */
    readonly listeners: GatewayV1Beta1SpecListeners[];
    /**
     * TLS specifies frontend and backend tls configuration for entire gateway.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1Spec#tls
     */
    readonly tls?: GatewayV1Beta1SpecTls;
}
/**
 * Converts an object of type 'GatewayV1Beta1Spec' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1Spec(obj: GatewayV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * GatewaySpecAddress describes an address that can be bound to a Gateway.
 *
 * @schema GatewayV1Beta1SpecAddresses
 */
export interface GatewayV1Beta1SpecAddresses {
    /**
     * Type of the address.
     *
     * @schema GatewayV1Beta1SpecAddresses#type
     */
    readonly type?: string;
    /**
     * When a value is unspecified, an implementation SHOULD automatically
     * assign an address matching the requested type if possible.
     *
     * If an implementation does not support an empty value, they MUST set the
     * "Programmed" condition in status to False with a reason of "AddressNotAssigned".
     *
     * Examples: `1.2.3.4`, `128::1`, `my-ip-address`.
     *
     * @schema GatewayV1Beta1SpecAddresses#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAddresses' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAddresses(obj: GatewayV1Beta1SpecAddresses | undefined): Record<string, any> | undefined;
/**
 * AllowedListeners defines which ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewayV1Beta1SpecAllowedListeners
 */
export interface GatewayV1Beta1SpecAllowedListeners {
    /**
     * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewayV1Beta1SpecAllowedListeners#namespaces
     */
    readonly namespaces?: GatewayV1Beta1SpecAllowedListenersNamespaces;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListeners' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListeners(obj: GatewayV1Beta1SpecAllowedListeners | undefined): Record<string, any> | undefined;
/**
 * Infrastructure defines infrastructure level attributes about this Gateway instance.
 *
 * Support: Extended
 *
 * @schema GatewayV1Beta1SpecInfrastructure
 */
export interface GatewayV1Beta1SpecInfrastructure {
    /**
     * Annotations that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.annotations` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "annotations" concepts.
     *
     * An implementation may chose to add additional implementation-specific annotations as they see fit.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1SpecInfrastructure#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.labels` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "labels" concepts.
     *
     * An implementation may chose to add additional implementation-specific labels as they see fit.
     *
     * If an implementation maps these labels to Pods, or any other resource that would need to be recreated when labels
     * change, it SHOULD clearly warn about this behavior in documentation.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1SpecInfrastructure#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * ParametersRef is a reference to a resource that contains the configuration
     * parameters corresponding to the Gateway. This is optional if the
     * controller does not require any additional configuration.
     *
     * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
     *
     * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
     * the merging behavior is implementation specific.
     * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
     *
     * If the referent cannot be found, refers to an unsupported kind, or when
     * the data within that resource is malformed, the Gateway SHOULD be
     * rejected with the "Accepted" status condition set to "False" and an
     * "InvalidParameters" reason.
     *
     * Support: Implementation-specific
     *
     * @schema GatewayV1Beta1SpecInfrastructure#parametersRef
     */
    readonly parametersRef?: GatewayV1Beta1SpecInfrastructureParametersRef;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecInfrastructure' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecInfrastructure(obj: GatewayV1Beta1SpecInfrastructure | undefined): Record<string, any> | undefined;
/**
 * Listener embodies the concept of a logical endpoint where a Gateway accepts
 * network connections.
 *
 * @schema GatewayV1Beta1SpecListeners
 */
export interface GatewayV1Beta1SpecListeners {
    /**
     * AllowedRoutes defines the types of routes that MAY be attached to a
     * Listener and the trusted namespaces where those Route resources MAY be
     * present.
     *
     * Although a client request may match multiple route rules, only one rule
     * may ultimately receive the request. Matching precedence MUST be
     * determined in order of the following criteria:
     *
     * * The most specific match as defined by the Route type.
     * * The oldest Route based on creation timestamp. For example, a Route with
     * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
     * a Route with a creation timestamp of "2020-09-08 01:02:04".
     * * If everything else is equivalent, the Route appearing first in
     * alphabetical order (namespace/name) should be given precedence. For
     * example, foo/bar is given precedence over foo/baz.
     *
     * All valid rules within a Route attached to this Listener should be
     * implemented. Invalid Route rules can be ignored (sometimes that will mean
     * the full Route). If a Route rule transitions from valid to invalid,
     * support for that Route rule should be dropped to ensure consistency. For
     * example, even if a filter specified by a Route rule is invalid, the rest
     * of the rules within that Route should still be supported.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#allowedRoutes
     */
    readonly allowedRoutes?: GatewayV1Beta1SpecListenersAllowedRoutes;
    /**
     * Hostname specifies the virtual hostname to match for protocol types that
     * define this concept. When unspecified, all hostnames are matched. This
     * field is ignored for protocols that don't require hostname based
     * matching.
     *
     * Implementations MUST apply Hostname matching appropriately for each of
     * the following protocols:
     *
     * * TLS: The Listener Hostname MUST match the SNI.
     * * HTTP: The Listener Hostname MUST match the Host header of the request.
     * * HTTPS: The Listener Hostname SHOULD match both the SNI and Host header.
     * Note that this does not require the SNI and Host header to be the same.
     * The semantics of this are described in more detail below.
     *
     * To ensure security, Section 11.1 of RFC-6066 emphasizes that server
     * implementations that rely on SNI hostname matching MUST also verify
     * hostnames within the application protocol.
     *
     * Section 9.1.2 of RFC-7540 provides a mechanism for servers to reject the
     * reuse of a connection by responding with the HTTP 421 Misdirected Request
     * status code. This indicates that the origin server has rejected the
     * request because it appears to have been misdirected.
     *
     * To detect misdirected requests, Gateways SHOULD match the authority of
     * the requests with all the SNI hostname(s) configured across all the
     * Gateway Listeners on the same port and protocol:
     *
     * * If another Listener has an exact match or more specific wildcard entry,
     * the Gateway SHOULD return a 421.
     * * If the current Listener (selected by SNI matching during ClientHello)
     * does not match the Host:
     * * If another Listener does match the Host, the Gateway SHOULD return a
     * 421.
     * * If no other Listener matches the Host, the Gateway MUST return a
     * 404.
     *
     * For HTTPRoute and TLSRoute resources, there is an interaction with the
     * `spec.hostnames` array. When both listener and route specify hostnames,
     * there MUST be an intersection between the values for a Route to be
     * accepted. For more information, refer to the Route specific Hostnames
     * documentation.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#hostname
     */
    readonly hostname?: string;
    /**
     * Name is the name of the Listener. This name MUST be unique within a
     * Gateway.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#name
     */
    readonly name: string;
    /**
     * Port is the network port. Multiple listeners may use the
     * same port, subject to the Listener compatibility rules.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#port
     */
    readonly port: number;
    /**
     * Protocol specifies the network protocol this listener expects to receive.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#protocol
     */
    readonly protocol: string;
    /**
     * TLS is the TLS configuration for the Listener. This field is required if
     * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
     * if the Protocol field is "HTTP", "TCP", or "UDP".
     *
     * The association of SNIs to Certificate defined in ListenerTLSConfig is
     * defined based on the Hostname field for this listener.
     *
     * The GatewayClass MUST use the longest matching SNI out of all
     * available certificates for any TLS handshake.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#tls
     */
    readonly tls?: GatewayV1Beta1SpecListenersTls;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListeners' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListeners(obj: GatewayV1Beta1SpecListeners | undefined): Record<string, any> | undefined;
/**
 * TLS specifies frontend and backend tls configuration for entire gateway.
 *
 * Support: Extended
 *
 * @schema GatewayV1Beta1SpecTls
 */
export interface GatewayV1Beta1SpecTls {
    /**
     * Backend describes TLS configuration for gateway when connecting
     * to backends.
     *
     * Note that this contains only details for the Gateway as a TLS client,
     * and does _not_ imply behavior about how to choose which backend should
     * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTls#backend
     */
    readonly backend?: GatewayV1Beta1SpecTlsBackend;
    /**
     * Frontend describes TLS config when client connects to Gateway.
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTls#frontend
     */
    readonly frontend?: GatewayV1Beta1SpecTlsFrontend;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTls' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTls(obj: GatewayV1Beta1SpecTls | undefined): Record<string, any> | undefined;
/**
 * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespaces
 */
export interface GatewayV1Beta1SpecAllowedListenersNamespaces {
    /**
     * From indicates where ListenerSets can attach to this Gateway. Possible
     * values are:
     *
     * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
     * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
     * * All: ListenerSets in all namespaces may be attached to this Gateway.
     * * None: Only listeners defined in the Gateway's spec are allowed
     *
     * The default value None
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespaces#from
     */
    readonly from?: GatewayV1Beta1SpecAllowedListenersNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only ListenerSets in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespaces#selector
     */
    readonly selector?: GatewayV1Beta1SpecAllowedListenersNamespacesSelector;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespaces' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListenersNamespaces(obj: GatewayV1Beta1SpecAllowedListenersNamespaces | undefined): Record<string, any> | undefined;
/**
 * ParametersRef is a reference to a resource that contains the configuration
 * parameters corresponding to the Gateway. This is optional if the
 * controller does not require any additional configuration.
 *
 * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
 *
 * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
 * the merging behavior is implementation specific.
 * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
 *
 * If the referent cannot be found, refers to an unsupported kind, or when
 * the data within that resource is malformed, the Gateway SHOULD be
 * rejected with the "Accepted" status condition set to "False" and an
 * "InvalidParameters" reason.
 *
 * Support: Implementation-specific
 *
 * @schema GatewayV1Beta1SpecInfrastructureParametersRef
 */
export interface GatewayV1Beta1SpecInfrastructureParametersRef {
    /**
     * Group is the group of the referent.
     *
     * @schema GatewayV1Beta1SpecInfrastructureParametersRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent.
     *
     * @schema GatewayV1Beta1SpecInfrastructureParametersRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecInfrastructureParametersRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecInfrastructureParametersRef' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecInfrastructureParametersRef(obj: GatewayV1Beta1SpecInfrastructureParametersRef | undefined): Record<string, any> | undefined;
/**
 * AllowedRoutes defines the types of routes that MAY be attached to a
 * Listener and the trusted namespaces where those Route resources MAY be
 * present.
 *
 * Although a client request may match multiple route rules, only one rule
 * may ultimately receive the request. Matching precedence MUST be
 * determined in order of the following criteria:
 *
 * * The most specific match as defined by the Route type.
 * * The oldest Route based on creation timestamp. For example, a Route with
 * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
 * a Route with a creation timestamp of "2020-09-08 01:02:04".
 * * If everything else is equivalent, the Route appearing first in
 * alphabetical order (namespace/name) should be given precedence. For
 * example, foo/bar is given precedence over foo/baz.
 *
 * All valid rules within a Route attached to this Listener should be
 * implemented. Invalid Route rules can be ignored (sometimes that will mean
 * the full Route). If a Route rule transitions from valid to invalid,
 * support for that Route rule should be dropped to ensure consistency. For
 * example, even if a filter specified by a Route rule is invalid, the rest
 * of the rules within that Route should still be supported.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutes
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutes {
    /**
     * Kinds specifies the groups and kinds of Routes that are allowed to bind
     * to this Gateway Listener. When unspecified or empty, the kinds of Routes
     * selected are determined using the Listener protocol.
     *
     * A RouteGroupKind MUST correspond to kinds of Routes that are compatible
     * with the application protocol specified in the Listener's Protocol field.
     * If an implementation does not support or recognize this resource type, it
     * MUST set the "ResolvedRefs" condition to False for this Listener with the
     * "InvalidRouteKinds" reason.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutes#kinds
     */
    readonly kinds?: GatewayV1Beta1SpecListenersAllowedRoutesKinds[];
    /**
     * Namespaces indicates namespaces from which Routes may be attached to this
     * Listener. This is restricted to the namespace of this Gateway by default.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutes#namespaces
     */
    readonly namespaces?: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutes' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutes(obj: GatewayV1Beta1SpecListenersAllowedRoutes | undefined): Record<string, any> | undefined;
/**
 * TLS is the TLS configuration for the Listener. This field is required if
 * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
 * if the Protocol field is "HTTP", "TCP", or "UDP".
 *
 * The association of SNIs to Certificate defined in ListenerTLSConfig is
 * defined based on the Hostname field for this listener.
 *
 * The GatewayClass MUST use the longest matching SNI out of all
 * available certificates for any TLS handshake.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersTls
 */
export interface GatewayV1Beta1SpecListenersTls {
    /**
     * CertificateRefs contains a series of references to Kubernetes objects that
     * contains TLS certificates and private keys. These certificates are used to
     * establish a TLS handshake for requests that match the hostname of the
     * associated listener.
     *
     * A single CertificateRef to a Kubernetes Secret has "Core" support.
     * Implementations MAY choose to support attaching multiple certificates to
     * a Listener, but this behavior is implementation-specific.
     *
     * References to a resource in different namespace are invalid UNLESS there
     * is a ReferenceGrant in the target namespace that allows the certificate
     * to be attached. If a ReferenceGrant does not allow this reference, the
     * "ResolvedRefs" condition MUST be set to False for this listener with the
     * "RefNotPermitted" reason.
     *
     * This field is required to have at least one element when the mode is set
     * to "Terminate" (default) and is optional otherwise.
     *
     * CertificateRefs can reference to standard Kubernetes resources, i.e.
     * Secret, or implementation-specific custom resources.
     *
     * Support: Core - A single reference to a Kubernetes Secret of type kubernetes.io/tls
     *
     * Support: Implementation-specific (More than one reference or other resource types)
     *
     * @schema GatewayV1Beta1SpecListenersTls#certificateRefs
     */
    readonly certificateRefs?: GatewayV1Beta1SpecListenersTlsCertificateRefs[];
    /**
     * Mode defines the TLS behavior for the TLS session initiated by the client.
     * There are two possible modes:
     *
     * - Terminate: The TLS session between the downstream client and the
     * Gateway is terminated at the Gateway. This mode requires certificates
     * to be specified in some way, such as populating the certificateRefs
     * field.
     * - Passthrough: The TLS session is NOT terminated by the Gateway. This
     * implies that the Gateway can't decipher the TLS stream except for
     * the ClientHello message of the TLS protocol. The certificateRefs field
     * is ignored in this mode.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersTls#mode
     */
    readonly mode?: GatewayV1Beta1SpecListenersTlsMode;
    /**
     * Options are a list of key/value pairs to enable extended TLS
     * configuration for each implementation. For example, configuring the
     * minimum TLS version or supported cipher suites.
     *
     * A set of common keys MAY be defined by the API in the future. To avoid
     * any ambiguity, implementation-specific definitions MUST use
     * domain-prefixed names, such as `example.com/my-custom-option`.
     * Un-prefixed names are reserved for key names defined by Gateway API.
     *
     * Support: Implementation-specific
     *
     * @schema GatewayV1Beta1SpecListenersTls#options
     */
    readonly options?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersTls' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersTls(obj: GatewayV1Beta1SpecListenersTls | undefined): Record<string, any> | undefined;
/**
 * Backend describes TLS configuration for gateway when connecting
 * to backends.
 *
 * Note that this contains only details for the Gateway as a TLS client,
 * and does _not_ imply behavior about how to choose which backend should
 * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsBackend
 */
export interface GatewayV1Beta1SpecTlsBackend {
    /**
     * ClientCertificateRef references an object that contains a client certificate
     * and its associated private key. It can reference standard Kubernetes resources,
     * i.e., Secret, or implementation-specific custom resources.
     *
     * A ClientCertificateRef is considered invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the referenced resource
     * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
     * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
     * and the Message of the Condition MUST indicate why the reference is invalid.
     *
     * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
     * in the target namespace that allows the certificate to be attached.
     * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the certificate
     * content (e.g., checking expiry or enforcing specific formats). In such cases,
     * an implementation-specific Reason and Message MUST be set.
     *
     * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
     * Support: Implementation-specific - Other resource kinds or Secrets with a
     * different type (e.g., `Opaque`).
     *
     * @schema GatewayV1Beta1SpecTlsBackend#clientCertificateRef
     */
    readonly clientCertificateRef?: GatewayV1Beta1SpecTlsBackendClientCertificateRef;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsBackend' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsBackend(obj: GatewayV1Beta1SpecTlsBackend | undefined): Record<string, any> | undefined;
/**
 * Frontend describes TLS config when client connects to Gateway.
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontend
 */
export interface GatewayV1Beta1SpecTlsFrontend {
    /**
     * Default specifies the default client certificate validation configuration
     * for all Listeners handling HTTPS traffic, unless a per-port configuration
     * is defined.
     *
     * support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontend#default
     */
    readonly default: GatewayV1Beta1SpecTlsFrontendDefault;
    /**
     * PerPort specifies tls configuration assigned per port.
     * Per port configuration is optional. Once set this configuration overrides
     * the default configuration for all Listeners handling HTTPS traffic
     * that match this port.
     * Each override port requires a unique TLS configuration.
     *
     * support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontend#perPort
     */
    readonly perPort?: GatewayV1Beta1SpecTlsFrontendPerPort[];
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontend' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontend(obj: GatewayV1Beta1SpecTlsFrontend | undefined): Record<string, any> | undefined;
/**
 * From indicates where ListenerSets can attach to this Gateway. Possible
 * values are:
 *
 * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
 * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
 * * All: ListenerSets in all namespaces may be attached to this Gateway.
 * * None: Only listeners defined in the Gateway's spec are allowed
 *
 * The default value None
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespacesFrom
 */
export declare enum GatewayV1Beta1SpecAllowedListenersNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same",
    /** None */
    NONE = "None"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only ListenerSets in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelector
 */
export interface GatewayV1Beta1SpecAllowedListenersNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector(obj: GatewayV1Beta1SpecAllowedListenersNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * RouteGroupKind indicates the group and kind of a Route resource.
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesKinds
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesKinds {
    /**
     * Group is the group of the Route.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesKinds#group
     */
    readonly group?: string;
    /**
     * Kind is the kind of the Route.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesKinds#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesKinds' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds(obj: GatewayV1Beta1SpecListenersAllowedRoutesKinds | undefined): Record<string, any> | undefined;
/**
 * Namespaces indicates namespaces from which Routes may be attached to this
 * Listener. This is restricted to the namespace of this Gateway by default.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespaces
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesNamespaces {
    /**
     * From indicates where Routes will be selected for this Gateway. Possible
     * values are:
     *
     * * All: Routes in all namespaces may be used by this Gateway.
     * * Selector: Routes in namespaces selected by the selector may be used by
     * this Gateway.
     * * Same: Only Routes in the same namespace may be used by this Gateway.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespaces#from
     */
    readonly from?: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only Routes in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespaces#selector
     */
    readonly selector?: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespaces' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(obj: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces | undefined): Record<string, any> | undefined;
/**
 * SecretObjectReference identifies an API object including its namespace,
 * defaulting to Secret.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs
 */
export interface GatewayV1Beta1SpecListenersTlsCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersTlsCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs(obj: GatewayV1Beta1SpecListenersTlsCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * Mode defines the TLS behavior for the TLS session initiated by the client.
 * There are two possible modes:
 *
 * - Terminate: The TLS session between the downstream client and the
 * Gateway is terminated at the Gateway. This mode requires certificates
 * to be specified in some way, such as populating the certificateRefs
 * field.
 * - Passthrough: The TLS session is NOT terminated by the Gateway. This
 * implies that the Gateway can't decipher the TLS stream except for
 * the ClientHello message of the TLS protocol. The certificateRefs field
 * is ignored in this mode.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersTlsMode
 */
export declare enum GatewayV1Beta1SpecListenersTlsMode {
    /** Terminate */
    TERMINATE = "Terminate",
    /** Passthrough */
    PASSTHROUGH = "Passthrough"
}
/**
 * ClientCertificateRef references an object that contains a client certificate
 * and its associated private key. It can reference standard Kubernetes resources,
 * i.e., Secret, or implementation-specific custom resources.
 *
 * A ClientCertificateRef is considered invalid if:
 *
 * * It refers to a resource that cannot be resolved (e.g., the referenced resource
 * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
 * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
 * and the Message of the Condition MUST indicate why the reference is invalid.
 *
 * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
 * in the target namespace that allows the certificate to be attached.
 * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
 *
 * Implementations MAY choose to perform further validation of the certificate
 * content (e.g., checking expiry or enforcing specific formats). In such cases,
 * an implementation-specific Reason and Message MUST be set.
 *
 * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
 * Support: Implementation-specific - Other resource kinds or Secrets with a
 * different type (e.g., `Opaque`).
 *
 * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef
 */
export interface GatewayV1Beta1SpecTlsBackendClientCertificateRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsBackendClientCertificateRef' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef(obj: GatewayV1Beta1SpecTlsBackendClientCertificateRef | undefined): Record<string, any> | undefined;
/**
 * Default specifies the default client certificate validation configuration
 * for all Listeners handling HTTPS traffic, unless a per-port configuration
 * is defined.
 *
 * support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendDefault
 */
export interface GatewayV1Beta1SpecTlsFrontendDefault {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefault#validation
     */
    readonly validation?: GatewayV1Beta1SpecTlsFrontendDefaultValidation;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefault' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendDefault(obj: GatewayV1Beta1SpecTlsFrontendDefault | undefined): Record<string, any> | undefined;
/**
 * @schema GatewayV1Beta1SpecTlsFrontendPerPort
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPort {
    /**
     * The Port indicates the Port Number to which the TLS configuration will be
     * applied. This configuration will be applied to all Listeners handling HTTPS
     * traffic that match this port.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPort#port
     */
    readonly port: number;
    /**
     * TLS store the configuration that will be applied to all Listeners handling
     * HTTPS traffic and matching given port.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPort#tls
     */
    readonly tls: GatewayV1Beta1SpecTlsFrontendPerPortTls;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPort' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPort(obj: GatewayV1Beta1SpecTlsFrontendPerPort | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions
 */
export interface GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions(obj: GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * From indicates where Routes will be selected for this Gateway. Possible
 * values are:
 *
 * * All: Routes in all namespaces may be used by this Gateway.
 * * Selector: Routes in namespaces selected by the selector may be used by
 * this Gateway.
 * * Same: Only Routes in the same namespace may be used by this Gateway.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom
 */
export declare enum GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only Routes in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(obj: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidation
 */
export interface GatewayV1Beta1SpecTlsFrontendDefaultValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidation#mode
     */
    readonly mode?: GatewayV1Beta1SpecTlsFrontendDefaultValidationMode;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefaultValidation' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation(obj: GatewayV1Beta1SpecTlsFrontendDefaultValidation | undefined): Record<string, any> | undefined;
/**
 * TLS store the configuration that will be applied to all Listeners handling
 * HTTPS traffic and matching given port.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTls
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPortTls {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTls#validation
     */
    readonly validation?: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTls' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls(obj: GatewayV1Beta1SpecTlsFrontendPerPortTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs
 */
export interface GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs(obj: GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationMode
 */
export declare enum GatewayV1Beta1SpecTlsFrontendDefaultValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation#mode
     */
    readonly mode?: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation(obj: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode
 */
export declare enum GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
to match requests by hostname, path, header, or query param. Filters can be
used to specify additional processing steps. Backends specify where matching
requests should be routed.
 *
 * @schema HTTPRoute
 */
export declare class HttpRoute extends ApiObject {
    /**
     * Returns the apiVersion and kind for "HTTPRoute"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "HTTPRoute".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: HttpRouteProps): any;
    /**
     * Defines a "HTTPRoute" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: HttpRouteProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
 * to match requests by hostname, path, header, or query param. Filters can be
 * used to specify additional processing steps. Backends specify where matching
 * requests should be routed.
 *
 * @schema HTTPRoute
 */
export interface HttpRouteProps {
    /**
     * @schema HTTPRoute#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of HTTPRoute.
     *
     * @schema HTTPRoute#spec
     */
    readonly spec: HttpRouteSpec;
}
/**
 * Converts an object of type 'HttpRouteProps' to JSON representation.
 */
export declare function toJson_HttpRouteProps(obj: HttpRouteProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of HTTPRoute.
 *
 * @schema HttpRouteSpec
 */
export interface HttpRouteSpec {
    /**
     * Hostnames defines a set of hostnames that should match against the HTTP Host
     * header to select a HTTPRoute used to process the request. Implementations
     * MUST ignore any port value specified in the HTTP Host header while
     * performing a match and (absent of any applicable header modification
     * configuration) MUST forward this header unmodified to the backend.
     *
     * Valid values for Hostnames are determined by RFC 1123 definition of a
     * hostname with 2 notable exceptions:
     *
     * 1. IPs are not allowed.
     * 2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard
     * label must appear by itself as the first label.
     *
     * If a hostname is specified by both the Listener and HTTPRoute, there
     * must be at least one intersecting hostname for the HTTPRoute to be
     * attached to the Listener. For example:
     *
     * * A Listener with `test.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames, or have specified at
     * least one of `test.example.com` or `*.example.com`.
     * * A Listener with `*.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames or have specified at least
     * one hostname that matches the Listener hostname. For example,
     * `*.example.com`, `test.example.com`, and `foo.test.example.com` would
     * all match. On the other hand, `example.com` and `test.example.net` would
     * not match.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * If both the Listener and HTTPRoute have specified hostnames, any
     * HTTPRoute hostnames that do not match the Listener hostname MUST be
     * ignored. For example, if a Listener specified `*.example.com`, and the
     * HTTPRoute specified `test.example.com` and `test.example.net`,
     * `test.example.net` must not be considered for a match.
     *
     * If both the Listener and HTTPRoute have specified hostnames, and none
     * match with the criteria above, then the HTTPRoute is not accepted. The
     * implementation must raise an 'Accepted' Condition with a status of
     * `False` in the corresponding RouteParentStatus.
     *
     * In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
     * overlapping wildcard matching and exact matching hostnames), precedence must
     * be given to rules from the HTTPRoute with the largest number of:
     *
     * * Characters in a matching non-wildcard hostname.
     * * Characters in a matching hostname.
     *
     * If ties exist across multiple Routes, the matching precedence rules for
     * HTTPRouteMatches takes over.
     *
     * Support: Core
     *
     * @schema HttpRouteSpec#hostnames
     */
    readonly hostnames?: string[];
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     *
     * ParentRefs must be _distinct_. This means either that:
     *
     * * They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     * be unique across all parentRef entries in the Route.
     * * They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.
     *
     * Some examples:
     *
     * * If one ParentRef sets `sectionName`, all ParentRefs referencing the
     * same object must also set `sectionName`.
     * * If one ParentRef sets `port`, all ParentRefs referencing the same
     * object must also set `port`.
     * * If one ParentRef sets `sectionName` and `port`, all ParentRefs
     * referencing the same object must also set `sectionName` and `port`.
     *
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     *
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     *
     * @schema HttpRouteSpec#parentRefs
     */
    readonly parentRefs?: HttpRouteSpecParentRefs[];
    /**
     * Rules are a list of HTTP matchers, filters and actions.
     *
     * @schema HttpRouteSpec#rules
     */
    readonly rules?: HttpRouteSpecRules[];
}
/**
 * Converts an object of type 'HttpRouteSpec' to JSON representation.
 */
export declare function toJson_HttpRouteSpec(obj: HttpRouteSpec | undefined): Record<string, any> | undefined;
/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered
 * a parent of this resource (usually a route). There are two kinds of parent resources
 * with "Core" support:
 *
 * * Gateway (Gateway conformance profile)
 * * Service (Mesh conformance profile, ClusterIP Services only)
 *
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * @schema HttpRouteSpecParentRefs
 */
export interface HttpRouteSpecParentRefs {
    /**
     * Group is the group of the referent.
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * Support for other resources is Implementation-Specific.
     *
     * @schema HttpRouteSpecParentRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent. When unspecified, this refers
     * to the local namespace of the Route.
     *
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port is the network port this Route targets. It can be interpreted
     * differently based on the type of parent resource.
     *
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set `Port` unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     *
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     *
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecParentRefs#port
     */
    readonly port?: number;
    /**
     * SectionName is the name of a section within the target resource. In the
     * following resources, SectionName is interpreted as the following:
     *
     * * Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     * * Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     *
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     *
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecParentRefs' to JSON representation.
 */
export declare function toJson_HttpRouteSpecParentRefs(obj: HttpRouteSpecParentRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteRule defines semantics for matching an HTTP request based on
 * conditions (matches), processing it (filters), and forwarding the request to
 * an API object (backendRefs).
 *
 * @schema HttpRouteSpecRules
 */
export interface HttpRouteSpecRules {
    /**
     * BackendRefs defines the backend(s) where matching requests should be
     * sent.
     *
     * Failure behavior here depends on how many BackendRefs are specified and
     * how many are invalid.
     *
     * If *all* entries in BackendRefs are invalid, and there are also no filters
     * specified in this route rule, *all* traffic which matches this rule MUST
     * receive a 500 status code.
     *
     * See the HTTPBackendRef definition for the rules about what makes a single
     * HTTPBackendRef invalid.
     *
     * When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
     * requests that would have otherwise been routed to an invalid backend. If
     * multiple backends are specified, and some are invalid, the proportion of
     * requests that would otherwise have been routed to an invalid backend
     * MUST receive a 500 status code.
     *
     * For example, if two backends are specified with equal weights, and one is
     * invalid, 50 percent of traffic must receive a 500. Implementations may
     * choose how that 50 percent is determined.
     *
     * When a HTTPBackendRef refers to a Service that has no ready endpoints,
     * implementations SHOULD return a 503 for requests to that backend instead.
     * If an implementation chooses to do this, all of the above rules for 500 responses
     * MUST also apply for responses that return a 503.
     *
     * Support: Core for Kubernetes Service
     *
     * Support: Extended for Kubernetes ServiceImport
     *
     * Support: Implementation-specific for any other resource
     *
     * Support for weight: Core
     *
     * @schema HttpRouteSpecRules#backendRefs
     */
    readonly backendRefs?: HttpRouteSpecRulesBackendRefs[];
    /**
     * Filters define the filters that are applied to requests that match
     * this rule.
     *
     * Wherever possible, implementations SHOULD implement filters in the order
     * they are specified.
     *
     * Implementations MAY choose to implement this ordering strictly, rejecting
     * any combination or order of filters that cannot be supported. If implementations
     * choose a strict interpretation of filter ordering, they MUST clearly document
     * that behavior.
     *
     * To reject an invalid combination or order of filters, implementations SHOULD
     * consider the Route Rules with this configuration invalid. If all Route Rules
     * in a Route are invalid, the entire Route would be considered invalid. If only
     * a portion of Route Rules are invalid, implementations MUST set the
     * "PartiallyInvalid" condition for the Route.
     *
     * Conformance-levels at this level are defined based on the type of filter:
     *
     * - ALL core filters MUST be supported by all implementations.
     * - Implementers are encouraged to support extended filters.
     * - Implementation-specific custom filters have no API guarantees across
     * implementations.
     *
     * Specifying the same filter multiple times is not supported unless explicitly
     * indicated in the filter.
     *
     * All filters are expected to be compatible with each other except for the
     * URLRewrite and RequestRedirect filters, which may not be combined. If an
     * implementation cannot support other combinations of filters, they must clearly
     * document that limitation. In cases where incompatible or unsupported
     * filters are specified and cause the `Accepted` condition to be set to status
     * `False`, implementations may use the `IncompatibleFilters` reason to specify
     * this configuration error.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRules#filters
     */
    readonly filters?: HttpRouteSpecRulesFilters[];
    /**
     * Matches define conditions used for matching the rule against incoming
     * HTTP requests. Each match is independent, i.e. this rule will be matched
     * if **any** one of the matches is satisfied.
     *
     * For example, take the following matches configuration:
     *
     * ```
     * matches:
     * - path:
     * value: "/foo"
     * headers:
     * - name: "version"
     * value: "v2"
     * - path:
     * value: "/v2/foo"
     * ```
     *
     * For a request to match against this rule, a request must satisfy
     * EITHER of the two conditions:
     *
     * - path prefixed with `/foo` AND contains the header `version: v2`
     * - path prefix of `/v2/foo`
     *
     * See the documentation for HTTPRouteMatch on how to specify multiple
     * match conditions that should be ANDed together.
     *
     * If no matches are specified, the default is a prefix
     * path match on "/", which has the effect of matching every
     * HTTP request.
     *
     * Proxy or Load Balancer routing configuration generated from HTTPRoutes
     * MUST prioritize matches based on the following criteria, continuing on
     * ties. Across all rules specified on applicable Routes, precedence must be
     * given to the match having:
     *
     * * "Exact" path match.
     * * "Prefix" path match with largest number of characters.
     * * Method match.
     * * Largest number of header matches.
     * * Largest number of query param matches.
     *
     * Note: The precedence of RegularExpression path matches are implementation-specific.
     *
     * If ties still exist across multiple Routes, matching precedence MUST be
     * determined in order of the following criteria, continuing on ties:
     *
     * * The oldest Route based on creation timestamp.
     * * The Route appearing first in alphabetical order by
     * "{namespace}/{name}".
     *
     * If ties still exist within an HTTPRoute, matching precedence MUST be granted
     * to the FIRST matching rule (in list order) with a match meeting the above
     * criteria.
     *
     * When no rules matching a request have been successfully attached to the
     * parent a request is coming from, a HTTP 404 status code MUST be returned.
     *
     * @schema HttpRouteSpecRules#matches
     */
    readonly matches?: HttpRouteSpecRulesMatches[];
    /**
     * Name is the name of the route rule. This name MUST be unique within a Route if it is set.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRules#name
     */
    readonly name?: string;
    /**
     * Timeouts defines the timeouts that can be configured for an HTTP request.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRules#timeouts
     */
    readonly timeouts?: HttpRouteSpecRulesTimeouts;
}
/**
 * Converts an object of type 'HttpRouteSpecRules' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRules(obj: HttpRouteSpecRules | undefined): Record<string, any> | undefined;
/**
 * HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.
 *
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 *
 * @schema HttpRouteSpecRulesBackendRefs
 */
export interface HttpRouteSpecRulesBackendRefs {
    /**
     * Filters defined at this level should be executed if and only if the
     * request is being forwarded to the backend defined here.
     *
     * Support: Implementation-specific (For broader support of filters, use the
     * Filters field in HTTPRouteRule.)
     *
     * @schema HttpRouteSpecRulesBackendRefs#filters
     */
    readonly filters?: HttpRouteSpecRulesBackendRefsFilters[];
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefs#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesBackendRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesBackendRefs#port
     */
    readonly port?: number;
    /**
     * Weight specifies the proportion of requests forwarded to the referenced
     * backend. This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     *
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     *
     * Support for this field varies based on the context where used.
     *
     * @schema HttpRouteSpecRulesBackendRefs#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefs' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefs(obj: HttpRouteSpecRulesBackendRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteSpecRulesFilters
 */
export interface HttpRouteSpecRulesFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#cors
     */
    readonly cors?: HttpRouteSpecRulesFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteSpecRulesFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteSpecRulesFiltersExtensionRef;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteSpecRulesFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteSpecRulesFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteSpecRulesFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteSpecRulesFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesFilters#type
     */
    readonly type: HttpRouteSpecRulesFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteSpecRulesFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFilters' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFilters(obj: HttpRouteSpecRulesFilters | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteMatch defines the predicate used to match requests to a given
 * action. Multiple match types are ANDed together, i.e. the match will
 * evaluate to true only if all conditions are satisfied.
 *
 * For example, the match below will match a HTTP request only if its path
 * starts with `/foo` AND it contains the `version: v1` header:
 *
 * ```
 * match:
 *
 * path:
 * value: "/foo"
 * headers:
 * - name: "version"
 * value "v1"
 *
 * ```
 *
 * @schema HttpRouteSpecRulesMatches
 */
export interface HttpRouteSpecRulesMatches {
    /**
     * Headers specifies HTTP request header matchers. Multiple match values are
     * ANDed together, meaning, a request must match all the specified headers
     * to select the route.
     *
     * @schema HttpRouteSpecRulesMatches#headers
     */
    readonly headers?: HttpRouteSpecRulesMatchesHeaders[];
    /**
     * Method specifies HTTP method matcher.
     * When specified, this route will be matched only if the request has the
     * specified method.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesMatches#method
     */
    readonly method?: HttpRouteSpecRulesMatchesMethod;
    /**
     * Path specifies a HTTP request path matcher. If this field is not
     * specified, a default prefix match on the "/" path is provided.
     *
     * @schema HttpRouteSpecRulesMatches#path
     */
    readonly path?: HttpRouteSpecRulesMatchesPath;
    /**
     * QueryParams specifies HTTP query parameter matchers. Multiple match
     * values are ANDed together, meaning, a request must match all the
     * specified query parameters to select the route.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesMatches#queryParams
     */
    readonly queryParams?: HttpRouteSpecRulesMatchesQueryParams[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatches' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatches(obj: HttpRouteSpecRulesMatches | undefined): Record<string, any> | undefined;
/**
 * Timeouts defines the timeouts that can be configured for an HTTP request.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesTimeouts
 */
export interface HttpRouteSpecRulesTimeouts {
    /**
     * BackendRequest specifies a timeout for an individual request from the gateway
     * to a backend. This covers the time from when the request first starts being
     * sent from the gateway to when the full response has been received from the backend.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * An entire client HTTP transaction with a gateway, covered by the Request timeout,
     * may result in more than one call from the gateway to the destination backend,
     * for example, if automatic retries are supported.
     *
     * The value of BackendRequest must be a Gateway API Duration string as defined by
     * GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
     * when specified, the value of BackendRequest must be no more than the value of the
     * Request timeout (since the Request timeout encompasses the BackendRequest timeout).
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesTimeouts#backendRequest
     */
    readonly backendRequest?: string;
    /**
     * Request specifies the maximum duration for a gateway to respond to an HTTP request.
     * If the gateway has not been able to respond before this deadline is met, the gateway
     * MUST return a timeout error.
     *
     * For example, setting the `rules.timeouts.request` field to the value `10s` in an
     * `HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds
     * to complete.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * This timeout is intended to cover as close to the whole request-response transaction
     * as possible although an implementation MAY choose to start the timeout after the entire
     * request stream has been received instead of immediately after the transaction is
     * initiated by the client.
     *
     * The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
     * field is unspecified, request timeout behavior is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesTimeouts#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesTimeouts' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesTimeouts(obj: HttpRouteSpecRulesTimeouts | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteSpecRulesBackendRefsFilters
 */
export interface HttpRouteSpecRulesBackendRefsFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#cors
     */
    readonly cors?: HttpRouteSpecRulesBackendRefsFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteSpecRulesBackendRefsFiltersExtensionRef;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteSpecRulesBackendRefsFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#type
     */
    readonly type: HttpRouteSpecRulesBackendRefsFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFilters' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFilters(obj: HttpRouteSpecRulesBackendRefsFilters | undefined): Record<string, any> | undefined;
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersCors
 */
export interface HttpRouteSpecRulesFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `allowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `allowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Headers` request header.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Headers` response header. Instead, it must
     * return one or more header names matching the value of the
     * `Access-Control-Request-Headers` request header.
     * If the `Access-Control-Request-Headers` header is not present in the
     * request, the gateway must omit the `Access-Control-Allow-Headers`
     * response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `allowMethods` field.
     *
     * When the `allowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `allowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Method` request header.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Methods` response header. Instead, it must
     * return a single HTTP method matching the value of the
     * `Access-Control-Request-Method` request header.
     * If the `Access-Control-Request-Method` header is not present in the request,
     * the gateway must omit the `Access-Control-Allow-Methods` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteSpecRulesFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `allowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Origin` request header.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Origin` response header. Instead, it must
     * return a single origin matching the value of the `Origin` request header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `exposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`
     * response header can contain the wildcard `*`.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `true`, the gateway cannot use the `*`
     * in the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteSpecRulesFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersCors(obj: HttpRouteSpecRulesFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteSpecRulesFiltersExtensionRef
 */
export interface HttpRouteSpecRulesFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteSpecRulesFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersExtensionRef(obj: HttpRouteSpecRulesFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier
 */
export interface HttpRouteSpecRulesFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier(obj: HttpRouteSpecRulesFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersRequestMirror
 */
export interface HttpRouteSpecRulesFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteSpecRulesFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteSpecRulesFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestMirror(obj: HttpRouteSpecRulesFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirect
 */
export interface HttpRouteSpecRulesFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteSpecRulesFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteSpecRulesFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteSpecRulesFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestRedirect(obj: HttpRouteSpecRulesFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier
 */
export interface HttpRouteSpecRulesFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier(obj: HttpRouteSpecRulesFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesFiltersType
 */
export declare enum HttpRouteSpecRulesFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersUrlRewrite
 */
export interface HttpRouteSpecRulesFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteSpecRulesFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersUrlRewrite(obj: HttpRouteSpecRulesFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request
 * headers.
 *
 * @schema HttpRouteSpecRulesMatchesHeaders
 */
export interface HttpRouteSpecRulesMatchesHeaders {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * When a header is repeated in an HTTP request, it is
     * implementation-specific behavior as to how this is represented.
     * Generally, proxies should follow the guidance from the RFC:
     * https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
     * processing a repeated header, with special handling for "Set-Cookie".
     *
     * @schema HttpRouteSpecRulesMatchesHeaders#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the header.
     *
     * Support: Core (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression HeaderMatchType has implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other dialects
     * of regular expressions. Please read the implementation's documentation to
     * determine the supported dialect.
     *
     * @schema HttpRouteSpecRulesMatchesHeaders#type
     */
    readonly type?: HttpRouteSpecRulesMatchesHeadersType;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesMatchesHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesHeaders' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatchesHeaders(obj: HttpRouteSpecRulesMatchesHeaders | undefined): Record<string, any> | undefined;
/**
 * Method specifies HTTP method matcher.
 * When specified, this route will be matched only if the request has the
 * specified method.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesMatchesMethod
 */
export declare enum HttpRouteSpecRulesMatchesMethod {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH"
}
/**
 * Path specifies a HTTP request path matcher. If this field is not
 * specified, a default prefix match on the "/" path is provided.
 *
 * @schema HttpRouteSpecRulesMatchesPath
 */
export interface HttpRouteSpecRulesMatchesPath {
    /**
     * Type specifies how to match against the path Value.
     *
     * Support: Core (Exact, PathPrefix)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * @schema HttpRouteSpecRulesMatchesPath#type
     */
    readonly type?: HttpRouteSpecRulesMatchesPathType;
    /**
     * Value of the HTTP path to match against.
     *
     * @schema HttpRouteSpecRulesMatchesPath#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesPath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatchesPath(obj: HttpRouteSpecRulesMatchesPath | undefined): Record<string, any> | undefined;
/**
 * HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP
 * query parameters.
 *
 * @schema HttpRouteSpecRulesMatchesQueryParams
 */
export interface HttpRouteSpecRulesMatchesQueryParams {
    /**
     * Name is the name of the HTTP query param to be matched. This must be an
     * exact string match. (See
     * https://tools.ietf.org/html/rfc7230#section-2.7.3).
     *
     * If multiple entries specify equivalent query param names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent query param name MUST be ignored.
     *
     * If a query param is repeated in an HTTP request, the behavior is
     * purposely left undefined, since different data planes have different
     * capabilities. However, it is *recommended* that implementations should
     * match against the first value of the param if the data plane supports it,
     * as this behavior is expected in other load balancing contexts outside of
     * the Gateway API.
     *
     * Users SHOULD NOT route traffic based on repeated query params to guard
     * themselves against potential differences in the implementations.
     *
     * @schema HttpRouteSpecRulesMatchesQueryParams#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the query parameter.
     *
     * Support: Extended (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression QueryParamMatchType has Implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other
     * dialects of regular expressions. Please read the implementation's
     * documentation to determine the supported dialect.
     *
     * @schema HttpRouteSpecRulesMatchesQueryParams#type
     */
    readonly type?: HttpRouteSpecRulesMatchesQueryParamsType;
    /**
     * Value is the value of HTTP query param to be matched.
     *
     * @schema HttpRouteSpecRulesMatchesQueryParams#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesQueryParams' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesMatchesQueryParams(obj: HttpRouteSpecRulesMatchesQueryParams | undefined): Record<string, any> | undefined;
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersCors
 */
export interface HttpRouteSpecRulesBackendRefsFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `allowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `allowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Headers` request header.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Headers` response header. Instead, it must
     * return one or more header names matching the value of the
     * `Access-Control-Request-Headers` request header.
     * If the `Access-Control-Request-Headers` header is not present in the
     * request, the gateway must omit the `Access-Control-Allow-Headers`
     * response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `allowMethods` field.
     *
     * When the `allowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `allowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Method` request header.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Methods` response header. Instead, it must
     * return a single HTTP method matching the value of the
     * `Access-Control-Request-Method` request header.
     * If the `Access-Control-Request-Method` header is not present in the request,
     * the gateway must omit the `Access-Control-Allow-Methods` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `allowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Origin` request header.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Origin` response header. Instead, it must
     * return a single origin matching the value of the `Origin` request header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `exposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`
     * response header can contain the wildcard `*`.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `true`, the gateway cannot use the `*`
     * in the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersCors(obj: HttpRouteSpecRulesBackendRefsFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef
 */
export interface HttpRouteSpecRulesBackendRefsFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef(obj: HttpRouteSpecRulesBackendRefsFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror(obj: HttpRouteSpecRulesBackendRefsFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(obj: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier
 */
export interface HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersType
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewrite
 */
export interface HttpRouteSpecRulesBackendRefsFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(obj: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema HttpRouteSpecRulesFiltersCorsAllowMethods
 */
export declare enum HttpRouteSpecRulesFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteSpecRulesFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(obj: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierSet
 */
export interface HttpRouteSpecRulesFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet(obj: HttpRouteSpecRulesFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef
 */
export interface HttpRouteSpecRulesFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef(obj: HttpRouteSpecRulesFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteSpecRulesFiltersRequestMirrorFraction
 */
export interface HttpRouteSpecRulesFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteSpecRulesFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteSpecRulesFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction(obj: HttpRouteSpecRulesFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectPath
 */
export interface HttpRouteSpecRulesFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteSpecRulesFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersRequestRedirectPath(obj: HttpRouteSpecRulesFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectScheme
 */
export declare enum HttpRouteSpecRulesFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteSpecRulesFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteSpecRulesFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(obj: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierSet
 */
export interface HttpRouteSpecRulesFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet(obj: HttpRouteSpecRulesFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesFiltersUrlRewritePath
 */
export interface HttpRouteSpecRulesFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteSpecRulesFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesFiltersUrlRewritePath(obj: HttpRouteSpecRulesFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type specifies how to match against the value of the header.
 *
 * Support: Core (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression HeaderMatchType has implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other dialects
 * of regular expressions. Please read the implementation's documentation to
 * determine the supported dialect.
 *
 * @schema HttpRouteSpecRulesMatchesHeadersType
 */
export declare enum HttpRouteSpecRulesMatchesHeadersType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the path Value.
 *
 * Support: Core (Exact, PathPrefix)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * @schema HttpRouteSpecRulesMatchesPathType
 */
export declare enum HttpRouteSpecRulesMatchesPathType {
    /** Exact */
    EXACT = "Exact",
    /** PathPrefix */
    PATH_PREFIX = "PathPrefix",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the value of the query parameter.
 *
 * Support: Extended (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression QueryParamMatchType has Implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other
 * dialects of regular expressions. Please read the implementation's
 * documentation to determine the supported dialect.
 *
 * @schema HttpRouteSpecRulesMatchesQueryParamsType
 */
export declare enum HttpRouteSpecRulesMatchesQueryParamsType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * @schema HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath
 */
export interface HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(obj: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet
 */
export interface HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath
 */
export interface HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(obj: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesFiltersRequestRedirectPathType
 */
export declare enum HttpRouteSpecRulesFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesFiltersUrlRewritePathType
 */
export declare enum HttpRouteSpecRulesFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType
 */
export declare enum HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
to match requests by hostname, path, header, or query param. Filters can be
used to specify additional processing steps. Backends specify where matching
requests should be routed.
 *
 * @schema HTTPRouteV1Beta1
 */
export declare class HttpRouteV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "HTTPRouteV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "HTTPRouteV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: HttpRouteV1Beta1Props): any;
    /**
     * Defines a "HTTPRouteV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: HttpRouteV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
 * to match requests by hostname, path, header, or query param. Filters can be
 * used to specify additional processing steps. Backends specify where matching
 * requests should be routed.
 *
 * @schema HTTPRouteV1Beta1
 */
export interface HttpRouteV1Beta1Props {
    /**
     * @schema HTTPRouteV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of HTTPRoute.
     *
     * @schema HTTPRouteV1Beta1#spec
     */
    readonly spec: HttpRouteV1Beta1Spec;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1Props' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1Props(obj: HttpRouteV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of HTTPRoute.
 *
 * @schema HttpRouteV1Beta1Spec
 */
export interface HttpRouteV1Beta1Spec {
    /**
     * Hostnames defines a set of hostnames that should match against the HTTP Host
     * header to select a HTTPRoute used to process the request. Implementations
     * MUST ignore any port value specified in the HTTP Host header while
     * performing a match and (absent of any applicable header modification
     * configuration) MUST forward this header unmodified to the backend.
     *
     * Valid values for Hostnames are determined by RFC 1123 definition of a
     * hostname with 2 notable exceptions:
     *
     * 1. IPs are not allowed.
     * 2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard
     * label must appear by itself as the first label.
     *
     * If a hostname is specified by both the Listener and HTTPRoute, there
     * must be at least one intersecting hostname for the HTTPRoute to be
     * attached to the Listener. For example:
     *
     * * A Listener with `test.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames, or have specified at
     * least one of `test.example.com` or `*.example.com`.
     * * A Listener with `*.example.com` as the hostname matches HTTPRoutes
     * that have either not specified any hostnames or have specified at least
     * one hostname that matches the Listener hostname. For example,
     * `*.example.com`, `test.example.com`, and `foo.test.example.com` would
     * all match. On the other hand, `example.com` and `test.example.net` would
     * not match.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * If both the Listener and HTTPRoute have specified hostnames, any
     * HTTPRoute hostnames that do not match the Listener hostname MUST be
     * ignored. For example, if a Listener specified `*.example.com`, and the
     * HTTPRoute specified `test.example.com` and `test.example.net`,
     * `test.example.net` must not be considered for a match.
     *
     * If both the Listener and HTTPRoute have specified hostnames, and none
     * match with the criteria above, then the HTTPRoute is not accepted. The
     * implementation must raise an 'Accepted' Condition with a status of
     * `False` in the corresponding RouteParentStatus.
     *
     * In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
     * overlapping wildcard matching and exact matching hostnames), precedence must
     * be given to rules from the HTTPRoute with the largest number of:
     *
     * * Characters in a matching non-wildcard hostname.
     * * Characters in a matching hostname.
     *
     * If ties exist across multiple Routes, the matching precedence rules for
     * HTTPRouteMatches takes over.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1Spec#hostnames
     */
    readonly hostnames?: string[];
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     *
     * ParentRefs must be _distinct_. This means either that:
     *
     * * They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     * be unique across all parentRef entries in the Route.
     * * They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.
     *
     * Some examples:
     *
     * * If one ParentRef sets `sectionName`, all ParentRefs referencing the
     * same object must also set `sectionName`.
     * * If one ParentRef sets `port`, all ParentRefs referencing the same
     * object must also set `port`.
     * * If one ParentRef sets `sectionName` and `port`, all ParentRefs
     * referencing the same object must also set `sectionName` and `port`.
     *
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     *
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     *
     * @schema HttpRouteV1Beta1Spec#parentRefs
     */
    readonly parentRefs?: HttpRouteV1Beta1SpecParentRefs[];
    /**
     * Rules are a list of HTTP matchers, filters and actions.
     *
     * @schema HttpRouteV1Beta1Spec#rules
     */
    readonly rules?: HttpRouteV1Beta1SpecRules[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1Spec' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1Spec(obj: HttpRouteV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered
 * a parent of this resource (usually a route). There are two kinds of parent resources
 * with "Core" support:
 *
 * * Gateway (Gateway conformance profile)
 * * Service (Mesh conformance profile, ClusterIP Services only)
 *
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * @schema HttpRouteV1Beta1SpecParentRefs
 */
export interface HttpRouteV1Beta1SpecParentRefs {
    /**
     * Group is the group of the referent.
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent.
     *
     * There are two kinds of parent resources with "Core" support:
     *
     * * Gateway (Gateway conformance profile)
     * * Service (Mesh conformance profile, ClusterIP Services only)
     *
     * Support for other resources is Implementation-Specific.
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent. When unspecified, this refers
     * to the local namespace of the Route.
     *
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port is the network port this Route targets. It can be interpreted
     * differently based on the type of parent resource.
     *
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set `Port` unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     *
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     *
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#port
     */
    readonly port?: number;
    /**
     * SectionName is the name of a section within the target resource. In the
     * following resources, SectionName is interpreted as the following:
     *
     * * Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     * * Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.
     *
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     *
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecParentRefs#sectionName
     */
    readonly sectionName?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecParentRefs' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecParentRefs(obj: HttpRouteV1Beta1SpecParentRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteRule defines semantics for matching an HTTP request based on
 * conditions (matches), processing it (filters), and forwarding the request to
 * an API object (backendRefs).
 *
 * @schema HttpRouteV1Beta1SpecRules
 */
export interface HttpRouteV1Beta1SpecRules {
    /**
     * BackendRefs defines the backend(s) where matching requests should be
     * sent.
     *
     * Failure behavior here depends on how many BackendRefs are specified and
     * how many are invalid.
     *
     * If *all* entries in BackendRefs are invalid, and there are also no filters
     * specified in this route rule, *all* traffic which matches this rule MUST
     * receive a 500 status code.
     *
     * See the HTTPBackendRef definition for the rules about what makes a single
     * HTTPBackendRef invalid.
     *
     * When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
     * requests that would have otherwise been routed to an invalid backend. If
     * multiple backends are specified, and some are invalid, the proportion of
     * requests that would otherwise have been routed to an invalid backend
     * MUST receive a 500 status code.
     *
     * For example, if two backends are specified with equal weights, and one is
     * invalid, 50 percent of traffic must receive a 500. Implementations may
     * choose how that 50 percent is determined.
     *
     * When a HTTPBackendRef refers to a Service that has no ready endpoints,
     * implementations SHOULD return a 503 for requests to that backend instead.
     * If an implementation chooses to do this, all of the above rules for 500 responses
     * MUST also apply for responses that return a 503.
     *
     * Support: Core for Kubernetes Service
     *
     * Support: Extended for Kubernetes ServiceImport
     *
     * Support: Implementation-specific for any other resource
     *
     * Support for weight: Core
     *
     * @schema HttpRouteV1Beta1SpecRules#backendRefs
     */
    readonly backendRefs?: HttpRouteV1Beta1SpecRulesBackendRefs[];
    /**
     * Filters define the filters that are applied to requests that match
     * this rule.
     *
     * Wherever possible, implementations SHOULD implement filters in the order
     * they are specified.
     *
     * Implementations MAY choose to implement this ordering strictly, rejecting
     * any combination or order of filters that cannot be supported. If implementations
     * choose a strict interpretation of filter ordering, they MUST clearly document
     * that behavior.
     *
     * To reject an invalid combination or order of filters, implementations SHOULD
     * consider the Route Rules with this configuration invalid. If all Route Rules
     * in a Route are invalid, the entire Route would be considered invalid. If only
     * a portion of Route Rules are invalid, implementations MUST set the
     * "PartiallyInvalid" condition for the Route.
     *
     * Conformance-levels at this level are defined based on the type of filter:
     *
     * - ALL core filters MUST be supported by all implementations.
     * - Implementers are encouraged to support extended filters.
     * - Implementation-specific custom filters have no API guarantees across
     * implementations.
     *
     * Specifying the same filter multiple times is not supported unless explicitly
     * indicated in the filter.
     *
     * All filters are expected to be compatible with each other except for the
     * URLRewrite and RequestRedirect filters, which may not be combined. If an
     * implementation cannot support other combinations of filters, they must clearly
     * document that limitation. In cases where incompatible or unsupported
     * filters are specified and cause the `Accepted` condition to be set to status
     * `False`, implementations may use the `IncompatibleFilters` reason to specify
     * this configuration error.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRules#filters
     */
    readonly filters?: HttpRouteV1Beta1SpecRulesFilters[];
    /**
     * Matches define conditions used for matching the rule against incoming
     * HTTP requests. Each match is independent, i.e. this rule will be matched
     * if **any** one of the matches is satisfied.
     *
     * For example, take the following matches configuration:
     *
     * ```
     * matches:
     * - path:
     * value: "/foo"
     * headers:
     * - name: "version"
     * value: "v2"
     * - path:
     * value: "/v2/foo"
     * ```
     *
     * For a request to match against this rule, a request must satisfy
     * EITHER of the two conditions:
     *
     * - path prefixed with `/foo` AND contains the header `version: v2`
     * - path prefix of `/v2/foo`
     *
     * See the documentation for HTTPRouteMatch on how to specify multiple
     * match conditions that should be ANDed together.
     *
     * If no matches are specified, the default is a prefix
     * path match on "/", which has the effect of matching every
     * HTTP request.
     *
     * Proxy or Load Balancer routing configuration generated from HTTPRoutes
     * MUST prioritize matches based on the following criteria, continuing on
     * ties. Across all rules specified on applicable Routes, precedence must be
     * given to the match having:
     *
     * * "Exact" path match.
     * * "Prefix" path match with largest number of characters.
     * * Method match.
     * * Largest number of header matches.
     * * Largest number of query param matches.
     *
     * Note: The precedence of RegularExpression path matches are implementation-specific.
     *
     * If ties still exist across multiple Routes, matching precedence MUST be
     * determined in order of the following criteria, continuing on ties:
     *
     * * The oldest Route based on creation timestamp.
     * * The Route appearing first in alphabetical order by
     * "{namespace}/{name}".
     *
     * If ties still exist within an HTTPRoute, matching precedence MUST be granted
     * to the FIRST matching rule (in list order) with a match meeting the above
     * criteria.
     *
     * When no rules matching a request have been successfully attached to the
     * parent a request is coming from, a HTTP 404 status code MUST be returned.
     *
     * @schema HttpRouteV1Beta1SpecRules#matches
     */
    readonly matches?: HttpRouteV1Beta1SpecRulesMatches[];
    /**
     * Name is the name of the route rule. This name MUST be unique within a Route if it is set.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRules#name
     */
    readonly name?: string;
    /**
     * Timeouts defines the timeouts that can be configured for an HTTP request.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRules#timeouts
     */
    readonly timeouts?: HttpRouteV1Beta1SpecRulesTimeouts;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRules' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRules(obj: HttpRouteV1Beta1SpecRules | undefined): Record<string, any> | undefined;
/**
 * HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.
 *
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefs
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefs {
    /**
     * Filters defined at this level should be executed if and only if the
     * request is being forwarded to the backend defined here.
     *
     * Support: Implementation-specific (For broader support of filters, use the
     * Filters field in HTTPRouteRule.)
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#filters
     */
    readonly filters?: HttpRouteV1Beta1SpecRulesBackendRefsFilters[];
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#port
     */
    readonly port?: number;
    /**
     * Weight specifies the proportion of requests forwarded to the referenced
     * backend. This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     *
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     *
     * Support for this field varies based on the context where used.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefs#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefs' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefs(obj: HttpRouteV1Beta1SpecRulesBackendRefs | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteV1Beta1SpecRulesFilters
 */
export interface HttpRouteV1Beta1SpecRulesFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#cors
     */
    readonly cors?: HttpRouteV1Beta1SpecRulesFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteV1Beta1SpecRulesFiltersExtensionRef;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteV1Beta1SpecRulesFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFilters' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFilters(obj: HttpRouteV1Beta1SpecRulesFilters | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteMatch defines the predicate used to match requests to a given
 * action. Multiple match types are ANDed together, i.e. the match will
 * evaluate to true only if all conditions are satisfied.
 *
 * For example, the match below will match a HTTP request only if its path
 * starts with `/foo` AND it contains the `version: v1` header:
 *
 * ```
 * match:
 *
 * path:
 * value: "/foo"
 * headers:
 * - name: "version"
 * value "v1"
 *
 * ```
 *
 * @schema HttpRouteV1Beta1SpecRulesMatches
 */
export interface HttpRouteV1Beta1SpecRulesMatches {
    /**
     * Headers specifies HTTP request header matchers. Multiple match values are
     * ANDed together, meaning, a request must match all the specified headers
     * to select the route.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#headers
     */
    readonly headers?: HttpRouteV1Beta1SpecRulesMatchesHeaders[];
    /**
     * Method specifies HTTP method matcher.
     * When specified, this route will be matched only if the request has the
     * specified method.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#method
     */
    readonly method?: HttpRouteV1Beta1SpecRulesMatchesMethod;
    /**
     * Path specifies a HTTP request path matcher. If this field is not
     * specified, a default prefix match on the "/" path is provided.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesMatchesPath;
    /**
     * QueryParams specifies HTTP query parameter matchers. Multiple match
     * values are ANDed together, meaning, a request must match all the
     * specified query parameters to select the route.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesMatches#queryParams
     */
    readonly queryParams?: HttpRouteV1Beta1SpecRulesMatchesQueryParams[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatches' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatches(obj: HttpRouteV1Beta1SpecRulesMatches | undefined): Record<string, any> | undefined;
/**
 * Timeouts defines the timeouts that can be configured for an HTTP request.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesTimeouts
 */
export interface HttpRouteV1Beta1SpecRulesTimeouts {
    /**
     * BackendRequest specifies a timeout for an individual request from the gateway
     * to a backend. This covers the time from when the request first starts being
     * sent from the gateway to when the full response has been received from the backend.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * An entire client HTTP transaction with a gateway, covered by the Request timeout,
     * may result in more than one call from the gateway to the destination backend,
     * for example, if automatic retries are supported.
     *
     * The value of BackendRequest must be a Gateway API Duration string as defined by
     * GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
     * when specified, the value of BackendRequest must be no more than the value of the
     * Request timeout (since the Request timeout encompasses the BackendRequest timeout).
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesTimeouts#backendRequest
     */
    readonly backendRequest?: string;
    /**
     * Request specifies the maximum duration for a gateway to respond to an HTTP request.
     * If the gateway has not been able to respond before this deadline is met, the gateway
     * MUST return a timeout error.
     *
     * For example, setting the `rules.timeouts.request` field to the value `10s` in an
     * `HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds
     * to complete.
     *
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     *
     * This timeout is intended to cover as close to the whole request-response transaction
     * as possible although an implementation MAY choose to start the timeout after the entire
     * request stream has been received instead of immediately after the transaction is
     * initiated by the client.
     *
     * The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
     * field is unspecified, request timeout behavior is implementation-specific.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesTimeouts#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesTimeouts' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj: HttpRouteV1Beta1SpecRulesTimeouts | undefined): Record<string, any> | undefined;
/**
 * HTTPRouteFilter defines processing steps that must be completed during the
 * request or response lifecycle. HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFilters {
    /**
     * CORS defines a schema for a filter that responds to the
     * cross-origin request based on HTTP response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#cors
     */
    readonly cors?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors;
    /**
     * ExtensionRef is an optional, implementation-specific extension to the
     * "filter" behavior.  For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     *
     * This filter can be used multiple times within the same rule.
     *
     * Support: Implementation-specific
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#extensionRef
     */
    readonly extensionRef?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef;
    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request
     * headers.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestHeaderModifier
     */
    readonly requestHeaderModifier?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier;
    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     *
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestMirror
     */
    readonly requestMirror?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror;
    /**
     * RequestRedirect defines a schema for a filter that responds to the
     * request with an HTTP redirection.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestRedirect
     */
    readonly requestRedirect?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect;
    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response
     * headers.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#responseHeaderModifier
     */
    readonly responseHeaderModifier?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier;
    /**
     * Type identifies the type of filter to apply. As with other API fields,
     * types are classified into three conformance levels:
     *
     * - Core: Filter types and their corresponding configuration defined by
     * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
     * implementations must support core filters.
     *
     * - Extended: Filter types and their corresponding configuration defined by
     * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
     * are encouraged to support extended filters.
     *
     * - Implementation-specific: Filters that are defined and supported by
     * specific vendors.
     * In the future, filters showing convergence in behavior across multiple
     * implementations will be considered for inclusion in extended or core
     * conformance levels. Filter-specific configuration for such filters
     * is specified using the ExtensionRef field. `Type` should be set to
     * "ExtensionRef" for custom filters.
     *
     * Implementers are encouraged to define custom implementation types to
     * extend the core API with implementation-specific behavior.
     *
     * If a reference to a custom filter type cannot be resolved, the filter
     * MUST NOT be skipped. Instead, requests that would have been processed by
     * that filter MUST receive a HTTP error response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersType;
    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFilters#urlRewrite
     */
    readonly urlRewrite?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFilters' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters(obj: HttpRouteV1Beta1SpecRulesBackendRefsFilters | undefined): Record<string, any> | undefined;
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersCors
 */
export interface HttpRouteV1Beta1SpecRulesFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `allowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `allowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Headers` request header.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Headers` response header. Instead, it must
     * return one or more header names matching the value of the
     * `Access-Control-Request-Headers` request header.
     * If the `Access-Control-Request-Headers` header is not present in the
     * request, the gateway must omit the `Access-Control-Allow-Headers`
     * response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `allowMethods` field.
     *
     * When the `allowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `allowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Method` request header.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Methods` response header. Instead, it must
     * return a single HTTP method matching the value of the
     * `Access-Control-Request-Method` request header.
     * If the `Access-Control-Request-Method` header is not present in the request,
     * the gateway must omit the `Access-Control-Allow-Methods` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `allowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Origin` request header.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Origin` response header. Instead, it must
     * return a single origin matching the value of the `Origin` request header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `exposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`
     * response header can contain the wildcard `*`.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `true`, the gateway cannot use the `*`
     * in the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersCors(obj: HttpRouteV1Beta1SpecRulesFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef
 */
export interface HttpRouteV1Beta1SpecRulesFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef(obj: HttpRouteV1Beta1SpecRulesFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(obj: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror(obj: HttpRouteV1Beta1SpecRulesFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(obj: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(obj: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersType
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewrite
 */
export interface HttpRouteV1Beta1SpecRulesFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(obj: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request
 * headers.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders
 */
export interface HttpRouteV1Beta1SpecRulesMatchesHeaders {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * When a header is repeated in an HTTP request, it is
     * implementation-specific behavior as to how this is represented.
     * Generally, proxies should follow the guidance from the RFC:
     * https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
     * processing a repeated header, with special handling for "Set-Cookie".
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the header.
     *
     * Support: Core (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression HeaderMatchType has implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other dialects
     * of regular expressions. Please read the implementation's documentation to
     * determine the supported dialect.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesMatchesHeadersType;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesHeaders' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders(obj: HttpRouteV1Beta1SpecRulesMatchesHeaders | undefined): Record<string, any> | undefined;
/**
 * Method specifies HTTP method matcher.
 * When specified, this route will be matched only if the request has the
 * specified method.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesMethod
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesMethod {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH"
}
/**
 * Path specifies a HTTP request path matcher. If this field is not
 * specified, a default prefix match on the "/" path is provided.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesPath
 */
export interface HttpRouteV1Beta1SpecRulesMatchesPath {
    /**
     * Type specifies how to match against the path Value.
     *
     * Support: Core (Exact, PathPrefix)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesPath#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesMatchesPathType;
    /**
     * Value of the HTTP path to match against.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesPath#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesPath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatchesPath(obj: HttpRouteV1Beta1SpecRulesMatchesPath | undefined): Record<string, any> | undefined;
/**
 * HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP
 * query parameters.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams
 */
export interface HttpRouteV1Beta1SpecRulesMatchesQueryParams {
    /**
     * Name is the name of the HTTP query param to be matched. This must be an
     * exact string match. (See
     * https://tools.ietf.org/html/rfc7230#section-2.7.3).
     *
     * If multiple entries specify equivalent query param names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent query param name MUST be ignored.
     *
     * If a query param is repeated in an HTTP request, the behavior is
     * purposely left undefined, since different data planes have different
     * capabilities. However, it is *recommended* that implementations should
     * match against the first value of the param if the data plane supports it,
     * as this behavior is expected in other load balancing contexts outside of
     * the Gateway API.
     *
     * Users SHOULD NOT route traffic based on repeated query params to guard
     * themselves against potential differences in the implementations.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams#name
     */
    readonly name: string;
    /**
     * Type specifies how to match against the value of the query parameter.
     *
     * Support: Extended (Exact)
     *
     * Support: Implementation-specific (RegularExpression)
     *
     * Since RegularExpression QueryParamMatchType has Implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other
     * dialects of regular expressions. Please read the implementation's
     * documentation to determine the supported dialect.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams#type
     */
    readonly type?: HttpRouteV1Beta1SpecRulesMatchesQueryParamsType;
    /**
     * Value is the value of HTTP query param to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParams#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesQueryParams' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams(obj: HttpRouteV1Beta1SpecRulesMatchesQueryParams | undefined): Record<string, any> | undefined;
/**
 * CORS defines a schema for a filter that responds to the
 * cross-origin request based on HTTP response header.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors {
    /**
     * AllowCredentials indicates whether the actual cross-origin request allows
     * to include credentials.
     *
     * When set to true, the gateway will include the `Access-Control-Allow-Credentials`
     * response header with value true (case-sensitive).
     *
     * When set to false or omitted the gateway will omit the header
     * `Access-Control-Allow-Credentials` entirely (this is the standard CORS
     * behavior).
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * AllowHeaders indicates which HTTP request headers are supported for
     * accessing the requested resource.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Allow-Headers`
     * response header are separated by a comma (",").
     *
     * When the `allowHeaders` field is configured with one or more headers, the
     * gateway must return the `Access-Control-Allow-Headers` response header
     * which value is present in the `allowHeaders` field.
     *
     * If any header name in the `Access-Control-Request-Headers` request header
     * is not included in the list of header names specified by the response
     * header `Access-Control-Allow-Headers`, it will present an error on the
     * client side.
     *
     * If any header name in the `Access-Control-Allow-Headers` response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     *
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Headers` request header.
     *
     * If the configuration contains the wildcard `*` in `allowHeaders` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Headers` response header. Instead, it must
     * return one or more header names matching the value of the
     * `Access-Control-Request-Headers` request header.
     * If the `Access-Control-Request-Headers` header is not present in the
     * request, the gateway must omit the `Access-Control-Allow-Headers`
     * response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the
     * requested resource.
     *
     * Valid values are any method defined by RFC9110, along with the special
     * value `*`, which represents all HTTP methods are allowed.
     *
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     *
     * Multiple method names in the value of the `Access-Control-Allow-Methods`
     * response header are separated by a comma (",").
     *
     * A CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the `allowMethods` field.
     *
     * When the `allowMethods` field is configured with one or more methods, the
     * gateway must return the `Access-Control-Allow-Methods` response header
     * which value is present in the `allowMethods` field.
     *
     * If the HTTP method of the `Access-Control-Request-Method` request header
     * is not included in the list of methods specified by the response header
     * `Access-Control-Allow-Methods`, it will present an error on the client
     * side.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Access-Control-Request-Method` request header.
     *
     * If the configuration contains the wildcard `*` in `allowMethods` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Methods` response header. Instead, it must
     * return a single HTTP method matching the value of the
     * `Access-Control-Request-Method` request header.
     * If the `Access-Control-Request-Method` header is not present in the request,
     * the gateway must omit the `Access-Control-Allow-Methods` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowMethods
     */
    readonly allowMethods?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods[];
    /**
     * AllowOrigins indicates whether the response can be shared with requested
     * resource from the given `Origin`.
     *
     * The `Origin` consists of a scheme and a host, with an optional port, and
     * takes the form `<scheme>://<host>(:<port>)`.
     *
     * Valid values for scheme are: `http` and `https`.
     *
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port `80` is
     * assumed for `http` scheme origins, and port `443` is assumed for `https`
     * origins. This may affect origin matching.
     *
     * The host part of the origin may contain the wildcard character `*`. These
     * wildcard characters behave as follows:
     *
     * * `*` is a greedy match to the _left_, including any number of
     * DNS labels to the left of its position. This also means that
     * `*` will include any number of period `.` characters to the
     * left of its position.
     * * A wildcard by itself matches all hosts.
     *
     * An origin value that includes _only_ the `*` character indicates requests
     * from all `Origin`s are allowed.
     *
     * When the `allowOrigins` field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * `Origin` matches the configured allowed origins, the gateway must return
     * the given `Origin` and sets value of the header
     * `Access-Control-Allow-Origin` same as the `Origin` header provided by the
     * client.
     *
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     *
     * If the request `Origin` does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     *
     * Conversely, if the request `Origin` matches one of the configured
     * allowed origins, the gateway sets the response header
     * `Access-Control-Allow-Origin` to the same value as the `Origin`
     * header provided by the client.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`
     * response header may either contain the wildcard `*` or echo the value
     * of the `Origin` request header.
     *
     * If the configuration contains the wildcard `*` in `allowOrigins` and
     * `allowCredentials` is set to `true`, the gateway must not return `*`
     * in the `Access-Control-Allow-Origin` response header. Instead, it must
     * return a single origin matching the value of the `Origin` request header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowOrigins
     */
    readonly allowOrigins?: string[];
    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed
     * to client-side scripts in response to a cross-origin request.
     *
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * `Cache-Control`
     * `Content-Language`
     * `Content-Length`
     * `Content-Type`
     * `Expires`
     * `Last-Modified`
     * `Pragma`
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     *
     * When an HTTP header name is specified using the `exposeHeaders` field,
     * this additional header will be exposed as part of the response to the
     * client.
     *
     * Header names are not case-sensitive.
     *
     * Multiple header names in the value of the `Access-Control-Expose-Headers`
     * response header are separated by a comma (",").
     *
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`
     * response header can contain the wildcard `*`.
     *
     * If the configuration contains the wildcard `*` in `exposeHeaders` and
     * `allowCredentials` is set to `true`, the gateway cannot use the `*`
     * in the `Access-Control-Expose-Headers` response header.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the
     * results of a "preflight" request.
     *
     * The information provided by the `Access-Control-Allow-Methods` and
     * `Access-Control-Allow-Headers` response headers can be cached by the
     * client until the time specified by `Access-Control-Max-Age` elapses.
     *
     * The default value of `Access-Control-Max-Age` response header is 5
     * (seconds).
     *
     * When the `MaxAge` field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#maxAge
     */
    readonly maxAge?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors | undefined): Record<string, any> | undefined;
/**
 * ExtensionRef is an optional, implementation-specific extension to the
 * "filter" behavior.  For example, resource "myroutefilter" in group
 * "networking.example.net"). ExtensionRef MUST NOT be used for core and
 * extended filters.
 *
 * This filter can be used multiple times within the same rule.
 *
 * Support: Implementation-specific
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "HTTPRoute" or "Service".
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef | undefined): Record<string, any> | undefined;
/**
 * RequestHeaderModifier defines a schema for a filter that modifies request
 * headers.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * RequestMirror defines a schema for a filter that mirrors requests.
 * Requests are sent to the specified destination, but responses from
 * that destination are ignored.
 *
 * This filter can be used multiple times within the same rule. Note that
 * not all implementations will be able to support mirroring to multiple
 * backends.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror {
    /**
     * BackendRef references a resource where mirrored requests are sent.
     *
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     *
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to `status: False` and not configure
     * this backend in the underlying implementation.
     *
     * If there is a cross-namespace reference to an *existing* object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to `status: False`,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     *
     * In either error case, the Message of the `ResolvedRefs` Condition
     * should be used to provide more detail about the problem.
     *
     * Support: Extended for Kubernetes Service
     *
     * Support: Implementation-specific for any other resource
     *
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#backendRef
     */
    readonly backendRef: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef;
    /**
     * Fraction represents the fraction of requests that should be
     * mirrored to BackendRef.
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#fraction
     */
    readonly fraction?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction;
    /**
     * Percent represents the percentage of requests that should be
     * mirrored to BackendRef. Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     *
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror | undefined): Record<string, any> | undefined;
/**
 * RequestRedirect defines a schema for a filter that responds to the
 * request with an HTTP redirection.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect {
    /**
     * Hostname is the hostname to be used in the value of the `Location`
     * header in the response.
     * When empty, the hostname in the `Host` header of the request is used.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines parameters used to modify the path of the incoming request.
     * The modified path is then used to construct the `Location` header. When
     * empty, the request path is used as-is.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath;
    /**
     * Port is the port to be used in the value of the `Location`
     * header in the response.
     *
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     *
     * * If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.
     * * If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.
     *
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     *
     * * A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 80.
     * * A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) _and_ use port 443.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#port
     */
    readonly port?: number;
    /**
     * Scheme is the scheme to be used in the value of the `Location` header in
     * the response. When empty, the scheme of the request is used.
     *
     * Scheme redirects can affect the port of the redirect, for more information,
     * refer to the documentation for the port field of this filter.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#scheme
     */
    readonly scheme?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme;
    /**
     * StatusCode is the HTTP status code to be used in response.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#statusCode
     */
    readonly statusCode?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect | undefined): Record<string, any> | undefined;
/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response
 * headers.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier {
    /**
     * Add adds the given header(s) (name, value) to the request
     * before the action. It appends to any existing values associated
     * with the header name.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * add:
     * - name: "my-header"
     * value: "bar,baz"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#add
     */
    readonly add?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd[];
    /**
     * Remove the given header(s) from the HTTP request before the action. The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     *
     * Config:
     * remove: ["my-header1", "my-header3"]
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#remove
     */
    readonly remove?: string[];
    /**
     * Set overwrites the request with the given header (name, value)
     * before the action.
     *
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     *
     * Config:
     * set:
     * - name: "my-header"
     * value: "bar"
     *
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#set
     */
    readonly set?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet[];
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier | undefined): Record<string, any> | undefined;
/**
 * Type identifies the type of filter to apply. As with other API fields,
 * types are classified into three conformance levels:
 *
 * - Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.
 *
 * - Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.
 *
 * - Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. `Type` should be set to
 * "ExtensionRef" for custom filters.
 *
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 *
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersType
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersType {
    /** RequestHeaderModifier */
    REQUEST_HEADER_MODIFIER = "RequestHeaderModifier",
    /** ResponseHeaderModifier */
    RESPONSE_HEADER_MODIFIER = "ResponseHeaderModifier",
    /** RequestMirror */
    REQUEST_MIRROR = "RequestMirror",
    /** RequestRedirect */
    REQUEST_REDIRECT = "RequestRedirect",
    /** URLRewrite */
    URL_REWRITE = "URLRewrite",
    /** ExtensionRef */
    EXTENSION_REF = "ExtensionRef",
    /** CORS */
    CORS = "CORS"
}
/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite {
    /**
     * Hostname is the value to be used to replace the Host header value during
     * forwarding.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#hostname
     */
    readonly hostname?: string;
    /**
     * Path defines a path rewrite.
     *
     * Support: Extended
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#path
     */
    readonly path?: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(obj: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(obj: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath
 */
export interface HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(obj: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath
 */
export interface HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(obj: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type specifies how to match against the value of the header.
 *
 * Support: Core (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression HeaderMatchType has implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other dialects
 * of regular expressions. Please read the implementation's documentation to
 * determine the supported dialect.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesHeadersType
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesHeadersType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the path Value.
 *
 * Support: Core (Exact, PathPrefix)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesPathType
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesPathType {
    /** Exact */
    EXACT = "Exact",
    /** PathPrefix */
    PATH_PREFIX = "PathPrefix",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * Type specifies how to match against the value of the query parameter.
 *
 * Support: Extended (Exact)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * Since RegularExpression QueryParamMatchType has Implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other
 * dialects of regular expressions. Please read the implementation's
 * documentation to determine the supported dialect.
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesQueryParamsType
 */
export declare enum HttpRouteV1Beta1SpecRulesMatchesQueryParamsType {
    /** Exact */
    EXACT = "Exact",
    /** RegularExpression */
    REGULAR_EXPRESSION = "RegularExpression"
}
/**
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods {
    /** GET */
    GET = "GET",
    /** HEAD */
    HEAD = "HEAD",
    /** POST */
    POST = "POST",
    /** PUT */
    PUT = "PUT",
    /** DELETE */
    DELETE = "DELETE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** OPTIONS */
    OPTIONS = "OPTIONS",
    /** TRACE */
    TRACE = "TRACE",
    /** PATCH */
    PATCH = "PATCH",
    /** * */
    VALUE_ASTERISK = "*"
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * BackendRef references a resource where mirrored requests are sent.
 *
 * Mirrored requests must be sent only to a single destination endpoint
 * within this BackendRef, irrespective of how many endpoints are present
 * within this BackendRef.
 *
 * If the referent cannot be found, this BackendRef is invalid and must be
 * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
 * condition on the Route status is set to `status: False` and not configure
 * this backend in the underlying implementation.
 *
 * If there is a cross-namespace reference to an *existing* object
 * that is not allowed by a ReferenceGrant, the controller must ensure the
 * "ResolvedRefs"  condition on the Route is set to `status: False`,
 * with the "RefNotPermitted" reason and not configure this backend in the
 * underlying implementation.
 *
 * In either error case, the Message of the `ResolvedRefs` Condition
 * should be used to provide more detail about the problem.
 *
 * Support: Extended for Kubernetes Service
 *
 * Support: Implementation-specific for any other resource
 *
 * If the backend service requires TLS, use BackendTLSPolicy to tell the
 * implementation to supply the TLS details to be used to connect to that
 * backend.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * Kind is the Kubernetes resource kind of the referent. For example
     * "Service".
     *
     * Defaults to "Service" when not specified.
     *
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     *
     * Support: Core (Services with a type other than ExternalName)
     *
     * Support: Implementation-specific (Services with type ExternalName)
     *
     * @default Service" when not specified.
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the backend. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * Port specifies the destination port number to use for this resource.
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * Fraction represents the fraction of requests that should be
 * mirrored to BackendRef.
 *
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction {
    /**
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
     */
    readonly denominator?: number;
    /**
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
     */
    readonly numerator: number;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction | undefined): Record<string, any> | undefined;
/**
 * Path defines parameters used to modify the path of the incoming request.
 * The modified path is then used to construct the `Location` header. When
 * empty, the request path is used as-is.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath | undefined): Record<string, any> | undefined;
/**
 * Scheme is the scheme to be used in the value of the `Location` header in
 * the response. When empty, the scheme of the request is used.
 *
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https"
}
/**
 * StatusCode is the HTTP status code to be used in response.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * Support: Core
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode {
    /** 301 */
    VALUE_301 = 301,
    /** 302 */
    VALUE_302 = 302,
    /** 303 */
    VALUE_303 = 303,
    /** 307 */
    VALUE_307 = 307,
    /** 308 */
    VALUE_308 = 308
}
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet {
    /**
     * Name is the name of the HTTP Header to be matched. Name matching MUST be
     * case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
     *
     * If multiple entries specify equivalent header names, the first entry with
     * an equivalent name MUST be considered for a match. Subsequent entries
     * with an equivalent header name MUST be ignored. Due to the
     * case-insensitivity of header names, "foo" and "Foo" are considered
     * equivalent.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
     */
    readonly name: string;
    /**
     * Value is the value of HTTP Header to be matched.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet | undefined): Record<string, any> | undefined;
/**
 * Path defines a path rewrite.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath
 */
export interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath {
    /**
     * ReplaceFullPath specifies the value with which to replace the full path
     * of a request during a rewrite or redirect.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
     */
    readonly replaceFullPath?: string;
    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix
     * match of a request during a rewrite or redirect. For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     *
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the `/` separator. When specified, a trailing `/` is
     * ignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all
     * match the prefix `/abc`, but the path `/abcd` would not.
     *
     * ReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to `status: False`.
     *
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
     */
    readonly replacePrefixMatch?: string;
    /**
     * Type defines the type of path modifier. Additional types may be
     * added in a future release of the API.
     *
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     *
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to `status: False`, with a
     * Reason of `UnsupportedValue`.
     *
     * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#type
     */
    readonly type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType;
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath' to JSON representation.
 */
export declare function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(obj: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath | undefined): Record<string, any> | undefined;
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType
 */
export declare enum HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * Type defines the type of path modifier. Additional types may be
 * added in a future release of the API.
 *
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 *
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to `status: False`, with a
 * Reason of `UnsupportedValue`.
 *
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType
 */
export declare enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType {
    /** ReplaceFullPath */
    REPLACE_FULL_PATH = "ReplaceFullPath",
    /** ReplacePrefixMatch */
    REPLACE_PREFIX_MATCH = "ReplacePrefixMatch"
}
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
trusted to reference the specified kinds of resources in the same namespace
as the policy.

Each ReferenceGrant can be used to represent a unique trust relationship.
Additional Reference Grants can be used to add to the set of trusted
sources of inbound references for the namespace they are defined within.

All cross-namespace references in Gateway API (with the exception of cross-namespace
Gateway-route attachment) require a ReferenceGrant.

ReferenceGrant is a form of runtime verification allowing users to assert
which cross-namespace object references are permitted. Implementations that
support ReferenceGrant MUST NOT permit cross-namespace references which have
no grant, and MUST respond to the removal of a grant by revoking the access
that the grant allowed.
 *
 * @schema ReferenceGrant
 */
export declare class ReferenceGrant extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ReferenceGrant"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ReferenceGrant".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ReferenceGrantProps): any;
    /**
     * Defines a "ReferenceGrant" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ReferenceGrantProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
 * trusted to reference the specified kinds of resources in the same namespace
 * as the policy.
 *
 * Each ReferenceGrant can be used to represent a unique trust relationship.
 * Additional Reference Grants can be used to add to the set of trusted
 * sources of inbound references for the namespace they are defined within.
 *
 * All cross-namespace references in Gateway API (with the exception of cross-namespace
 * Gateway-route attachment) require a ReferenceGrant.
 *
 * ReferenceGrant is a form of runtime verification allowing users to assert
 * which cross-namespace object references are permitted. Implementations that
 * support ReferenceGrant MUST NOT permit cross-namespace references which have
 * no grant, and MUST respond to the removal of a grant by revoking the access
 * that the grant allowed.
 *
 * @schema ReferenceGrant
 */
export interface ReferenceGrantProps {
    /**
     * @schema ReferenceGrant#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of ReferenceGrant.
     *
     * @schema ReferenceGrant#spec
     */
    readonly spec: ReferenceGrantSpec;
}
/**
 * Converts an object of type 'ReferenceGrantProps' to JSON representation.
 */
export declare function toJson_ReferenceGrantProps(obj: ReferenceGrantProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of ReferenceGrant.
 *
 * @schema ReferenceGrantSpec
 */
export interface ReferenceGrantSpec {
    /**
     * From describes the trusted namespaces and kinds that can reference the
     * resources described in "To". Each entry in this list MUST be considered
     * to be an additional place that references can be valid from, or to put
     * this another way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpec#from
     */
    readonly from: ReferenceGrantSpecFrom[];
    /**
     * To describes the resources that may be referenced by the resources
     * described in "From". Each entry in this list MUST be considered to be an
     * additional place that references can be valid to, or to put this another
     * way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpec#to
     */
    readonly to: ReferenceGrantSpecTo[];
}
/**
 * Converts an object of type 'ReferenceGrantSpec' to JSON representation.
 */
export declare function toJson_ReferenceGrantSpec(obj: ReferenceGrantSpec | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantFrom describes trusted namespaces and kinds.
 *
 * @schema ReferenceGrantSpecFrom
 */
export interface ReferenceGrantSpecFrom {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpecFrom#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field.
     *
     * When used to permit a SecretObjectReference:
     *
     * * Gateway
     *
     * When used to permit a BackendObjectReference:
     *
     * * GRPCRoute
     * * HTTPRoute
     * * TCPRoute
     * * TLSRoute
     * * UDPRoute
     *
     * @schema ReferenceGrantSpecFrom#kind
     */
    readonly kind: string;
    /**
     * Namespace is the namespace of the referent.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpecFrom#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ReferenceGrantSpecFrom' to JSON representation.
 */
export declare function toJson_ReferenceGrantSpecFrom(obj: ReferenceGrantSpecFrom | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantTo describes what Kinds are allowed as targets of the
 * references.
 *
 * @schema ReferenceGrantSpecTo
 */
export interface ReferenceGrantSpecTo {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpecTo#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field:
     *
     * * Secret when used to permit a SecretObjectReference
     * * Service when used to permit a BackendObjectReference
     *
     * @schema ReferenceGrantSpecTo#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent. When unspecified, this policy
     * refers to all resources of the specified Group and Kind in the local
     * namespace.
     *
     * @schema ReferenceGrantSpecTo#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ReferenceGrantSpecTo' to JSON representation.
 */
export declare function toJson_ReferenceGrantSpecTo(obj: ReferenceGrantSpecTo | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
trusted to reference the specified kinds of resources in the same namespace
as the policy.

Each ReferenceGrant can be used to represent a unique trust relationship.
Additional Reference Grants can be used to add to the set of trusted
sources of inbound references for the namespace they are defined within.

All cross-namespace references in Gateway API (with the exception of cross-namespace
Gateway-route attachment) require a ReferenceGrant.

ReferenceGrant is a form of runtime verification allowing users to assert
which cross-namespace object references are permitted. Implementations that
support ReferenceGrant MUST NOT permit cross-namespace references which have
no grant, and MUST respond to the removal of a grant by revoking the access
that the grant allowed.
 *
 * @schema ReferenceGrantV1Beta1
 */
export declare class ReferenceGrantV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ReferenceGrantV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ReferenceGrantV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ReferenceGrantV1Beta1Props): any;
    /**
     * Defines a "ReferenceGrantV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ReferenceGrantV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
 * trusted to reference the specified kinds of resources in the same namespace
 * as the policy.
 *
 * Each ReferenceGrant can be used to represent a unique trust relationship.
 * Additional Reference Grants can be used to add to the set of trusted
 * sources of inbound references for the namespace they are defined within.
 *
 * All cross-namespace references in Gateway API (with the exception of cross-namespace
 * Gateway-route attachment) require a ReferenceGrant.
 *
 * ReferenceGrant is a form of runtime verification allowing users to assert
 * which cross-namespace object references are permitted. Implementations that
 * support ReferenceGrant MUST NOT permit cross-namespace references which have
 * no grant, and MUST respond to the removal of a grant by revoking the access
 * that the grant allowed.
 *
 * @schema ReferenceGrantV1Beta1
 */
export interface ReferenceGrantV1Beta1Props {
    /**
     * @schema ReferenceGrantV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of ReferenceGrant.
     *
     * @schema ReferenceGrantV1Beta1#spec
     */
    readonly spec: ReferenceGrantV1Beta1Spec;
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1Props' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1Props(obj: ReferenceGrantV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of ReferenceGrant.
 *
 * @schema ReferenceGrantV1Beta1Spec
 */
export interface ReferenceGrantV1Beta1Spec {
    /**
     * From describes the trusted namespaces and kinds that can reference the
     * resources described in "To". Each entry in this list MUST be considered
     * to be an additional place that references can be valid from, or to put
     * this another way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1Spec#from
     */
    readonly from: ReferenceGrantV1Beta1SpecFrom[];
    /**
     * To describes the resources that may be referenced by the resources
     * described in "From". Each entry in this list MUST be considered to be an
     * additional place that references can be valid to, or to put this another
     * way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1Spec#to
     */
    readonly to: ReferenceGrantV1Beta1SpecTo[];
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1Spec(obj: ReferenceGrantV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantFrom describes trusted namespaces and kinds.
 *
 * @schema ReferenceGrantV1Beta1SpecFrom
 */
export interface ReferenceGrantV1Beta1SpecFrom {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1SpecFrom#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field.
     *
     * When used to permit a SecretObjectReference:
     *
     * * Gateway
     *
     * When used to permit a BackendObjectReference:
     *
     * * GRPCRoute
     * * HTTPRoute
     * * TCPRoute
     * * TLSRoute
     * * UDPRoute
     *
     * @schema ReferenceGrantV1Beta1SpecFrom#kind
     */
    readonly kind: string;
    /**
     * Namespace is the namespace of the referent.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1SpecFrom#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1SpecFrom' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1SpecFrom(obj: ReferenceGrantV1Beta1SpecFrom | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantTo describes what Kinds are allowed as targets of the
 * references.
 *
 * @schema ReferenceGrantV1Beta1SpecTo
 */
export interface ReferenceGrantV1Beta1SpecTo {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1SpecTo#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field:
     *
     * * Secret when used to permit a SecretObjectReference
     * * Service when used to permit a BackendObjectReference
     *
     * @schema ReferenceGrantV1Beta1SpecTo#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent. When unspecified, this policy
     * refers to all resources of the specified Group and Kind in the local
     * namespace.
     *
     * @schema ReferenceGrantV1Beta1SpecTo#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1SpecTo' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1SpecTo(obj: ReferenceGrantV1Beta1SpecTo | undefined): Record<string, any> | undefined;
