"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReferenceGrantV1Beta1 = exports.ReferenceGrant = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = exports.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = exports.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = exports.HttpRouteV1Beta1SpecRulesMatchesPathType = exports.HttpRouteV1Beta1SpecRulesMatchesHeadersType = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = exports.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = exports.HttpRouteV1Beta1SpecRulesMatchesMethod = exports.HttpRouteV1Beta1SpecRulesFiltersType = exports.HttpRouteV1Beta1 = exports.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = exports.HttpRouteSpecRulesFiltersUrlRewritePathType = exports.HttpRouteSpecRulesFiltersRequestRedirectPathType = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = exports.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = exports.HttpRouteSpecRulesMatchesQueryParamsType = exports.HttpRouteSpecRulesMatchesPathType = exports.HttpRouteSpecRulesMatchesHeadersType = exports.HttpRouteSpecRulesFiltersRequestRedirectStatusCode = exports.HttpRouteSpecRulesFiltersRequestRedirectScheme = exports.HttpRouteSpecRulesFiltersCorsAllowMethods = exports.HttpRouteSpecRulesBackendRefsFiltersType = exports.HttpRouteSpecRulesMatchesMethod = exports.HttpRouteSpecRulesFiltersType = exports.HttpRoute = exports.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode = exports.GatewayV1Beta1SpecTlsFrontendDefaultValidationMode = exports.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = exports.GatewayV1Beta1SpecListenersTlsMode = exports.GatewayV1Beta1SpecAllowedListenersNamespacesFrom = exports.GatewayV1Beta1 = exports.GatewaySpecTlsFrontendPerPortTlsValidationMode = exports.GatewaySpecTlsFrontendDefaultValidationMode = exports.GatewaySpecListenersAllowedRoutesNamespacesFrom = exports.GatewaySpecListenersTlsMode = exports.GatewaySpecAllowedListenersNamespacesFrom = exports.Gateway = void 0;
exports.toJson_GatewayProps = toJson_GatewayProps;
exports.toJson_GatewaySpec = toJson_GatewaySpec;
exports.toJson_GatewaySpecAddresses = toJson_GatewaySpecAddresses;
exports.toJson_GatewaySpecAllowedListeners = toJson_GatewaySpecAllowedListeners;
exports.toJson_GatewaySpecInfrastructure = toJson_GatewaySpecInfrastructure;
exports.toJson_GatewaySpecListeners = toJson_GatewaySpecListeners;
exports.toJson_GatewaySpecTls = toJson_GatewaySpecTls;
exports.toJson_GatewaySpecAllowedListenersNamespaces = toJson_GatewaySpecAllowedListenersNamespaces;
exports.toJson_GatewaySpecInfrastructureParametersRef = toJson_GatewaySpecInfrastructureParametersRef;
exports.toJson_GatewaySpecListenersAllowedRoutes = toJson_GatewaySpecListenersAllowedRoutes;
exports.toJson_GatewaySpecListenersTls = toJson_GatewaySpecListenersTls;
exports.toJson_GatewaySpecTlsBackend = toJson_GatewaySpecTlsBackend;
exports.toJson_GatewaySpecTlsFrontend = toJson_GatewaySpecTlsFrontend;
exports.toJson_GatewaySpecAllowedListenersNamespacesSelector = toJson_GatewaySpecAllowedListenersNamespacesSelector;
exports.toJson_GatewaySpecListenersAllowedRoutesKinds = toJson_GatewaySpecListenersAllowedRoutesKinds;
exports.toJson_GatewaySpecListenersAllowedRoutesNamespaces = toJson_GatewaySpecListenersAllowedRoutesNamespaces;
exports.toJson_GatewaySpecListenersTlsCertificateRefs = toJson_GatewaySpecListenersTlsCertificateRefs;
exports.toJson_GatewaySpecTlsBackendClientCertificateRef = toJson_GatewaySpecTlsBackendClientCertificateRef;
exports.toJson_GatewaySpecTlsFrontendDefault = toJson_GatewaySpecTlsFrontendDefault;
exports.toJson_GatewaySpecTlsFrontendPerPort = toJson_GatewaySpecTlsFrontendPerPort;
exports.toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions = toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions;
exports.toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector = toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector;
exports.toJson_GatewaySpecTlsFrontendDefaultValidation = toJson_GatewaySpecTlsFrontendDefaultValidation;
exports.toJson_GatewaySpecTlsFrontendPerPortTls = toJson_GatewaySpecTlsFrontendPerPortTls;
exports.toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions = toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions;
exports.toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs = toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs;
exports.toJson_GatewaySpecTlsFrontendPerPortTlsValidation = toJson_GatewaySpecTlsFrontendPerPortTlsValidation;
exports.toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs = toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs;
exports.toJson_GatewayV1Beta1Props = toJson_GatewayV1Beta1Props;
exports.toJson_GatewayV1Beta1Spec = toJson_GatewayV1Beta1Spec;
exports.toJson_GatewayV1Beta1SpecAddresses = toJson_GatewayV1Beta1SpecAddresses;
exports.toJson_GatewayV1Beta1SpecAllowedListeners = toJson_GatewayV1Beta1SpecAllowedListeners;
exports.toJson_GatewayV1Beta1SpecInfrastructure = toJson_GatewayV1Beta1SpecInfrastructure;
exports.toJson_GatewayV1Beta1SpecListeners = toJson_GatewayV1Beta1SpecListeners;
exports.toJson_GatewayV1Beta1SpecTls = toJson_GatewayV1Beta1SpecTls;
exports.toJson_GatewayV1Beta1SpecAllowedListenersNamespaces = toJson_GatewayV1Beta1SpecAllowedListenersNamespaces;
exports.toJson_GatewayV1Beta1SpecInfrastructureParametersRef = toJson_GatewayV1Beta1SpecInfrastructureParametersRef;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutes = toJson_GatewayV1Beta1SpecListenersAllowedRoutes;
exports.toJson_GatewayV1Beta1SpecListenersTls = toJson_GatewayV1Beta1SpecListenersTls;
exports.toJson_GatewayV1Beta1SpecTlsBackend = toJson_GatewayV1Beta1SpecTlsBackend;
exports.toJson_GatewayV1Beta1SpecTlsFrontend = toJson_GatewayV1Beta1SpecTlsFrontend;
exports.toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector = toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds = toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces = toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces;
exports.toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs = toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs;
exports.toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef = toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef;
exports.toJson_GatewayV1Beta1SpecTlsFrontendDefault = toJson_GatewayV1Beta1SpecTlsFrontendDefault;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPort = toJson_GatewayV1Beta1SpecTlsFrontendPerPort;
exports.toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions = toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector = toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector;
exports.toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation = toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls = toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls;
exports.toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions = toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions;
exports.toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs = toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation = toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation;
exports.toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs = toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs;
exports.toJson_HttpRouteProps = toJson_HttpRouteProps;
exports.toJson_HttpRouteSpec = toJson_HttpRouteSpec;
exports.toJson_HttpRouteSpecParentRefs = toJson_HttpRouteSpecParentRefs;
exports.toJson_HttpRouteSpecRules = toJson_HttpRouteSpecRules;
exports.toJson_HttpRouteSpecRulesBackendRefs = toJson_HttpRouteSpecRulesBackendRefs;
exports.toJson_HttpRouteSpecRulesFilters = toJson_HttpRouteSpecRulesFilters;
exports.toJson_HttpRouteSpecRulesMatches = toJson_HttpRouteSpecRulesMatches;
exports.toJson_HttpRouteSpecRulesTimeouts = toJson_HttpRouteSpecRulesTimeouts;
exports.toJson_HttpRouteSpecRulesBackendRefsFilters = toJson_HttpRouteSpecRulesBackendRefsFilters;
exports.toJson_HttpRouteSpecRulesFiltersCors = toJson_HttpRouteSpecRulesFiltersCors;
exports.toJson_HttpRouteSpecRulesFiltersExtensionRef = toJson_HttpRouteSpecRulesFiltersExtensionRef;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirror = toJson_HttpRouteSpecRulesFiltersRequestMirror;
exports.toJson_HttpRouteSpecRulesFiltersRequestRedirect = toJson_HttpRouteSpecRulesFiltersRequestRedirect;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier;
exports.toJson_HttpRouteSpecRulesFiltersUrlRewrite = toJson_HttpRouteSpecRulesFiltersUrlRewrite;
exports.toJson_HttpRouteSpecRulesMatchesHeaders = toJson_HttpRouteSpecRulesMatchesHeaders;
exports.toJson_HttpRouteSpecRulesMatchesPath = toJson_HttpRouteSpecRulesMatchesPath;
exports.toJson_HttpRouteSpecRulesMatchesQueryParams = toJson_HttpRouteSpecRulesMatchesQueryParams;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersCors = toJson_HttpRouteSpecRulesBackendRefsFiltersCors;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef = toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite = toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet = toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef = toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction = toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction;
exports.toJson_HttpRouteSpecRulesFiltersRequestRedirectPath = toJson_HttpRouteSpecRulesFiltersRequestRedirectPath;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet = toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesFiltersUrlRewritePath = toJson_HttpRouteSpecRulesFiltersUrlRewritePath;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath = toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet = toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath = toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath;
exports.toJson_HttpRouteV1Beta1Props = toJson_HttpRouteV1Beta1Props;
exports.toJson_HttpRouteV1Beta1Spec = toJson_HttpRouteV1Beta1Spec;
exports.toJson_HttpRouteV1Beta1SpecParentRefs = toJson_HttpRouteV1Beta1SpecParentRefs;
exports.toJson_HttpRouteV1Beta1SpecRules = toJson_HttpRouteV1Beta1SpecRules;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefs = toJson_HttpRouteV1Beta1SpecRulesBackendRefs;
exports.toJson_HttpRouteV1Beta1SpecRulesFilters = toJson_HttpRouteV1Beta1SpecRulesFilters;
exports.toJson_HttpRouteV1Beta1SpecRulesMatches = toJson_HttpRouteV1Beta1SpecRulesMatches;
exports.toJson_HttpRouteV1Beta1SpecRulesTimeouts = toJson_HttpRouteV1Beta1SpecRulesTimeouts;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersCors = toJson_HttpRouteV1Beta1SpecRulesFiltersCors;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef = toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite = toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders = toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesPath = toJson_HttpRouteV1Beta1SpecRulesMatchesPath;
exports.toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams = toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath = toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath = toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet;
exports.toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath = toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath;
exports.toJson_ReferenceGrantProps = toJson_ReferenceGrantProps;
exports.toJson_ReferenceGrantSpec = toJson_ReferenceGrantSpec;
exports.toJson_ReferenceGrantSpecFrom = toJson_ReferenceGrantSpecFrom;
exports.toJson_ReferenceGrantSpecTo = toJson_ReferenceGrantSpecTo;
exports.toJson_ReferenceGrantV1Beta1Props = toJson_ReferenceGrantV1Beta1Props;
exports.toJson_ReferenceGrantV1Beta1Spec = toJson_ReferenceGrantV1Beta1Spec;
exports.toJson_ReferenceGrantV1Beta1SpecFrom = toJson_ReferenceGrantV1Beta1SpecFrom;
exports.toJson_ReferenceGrantV1Beta1SpecTo = toJson_ReferenceGrantV1Beta1SpecTo;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
by binding Listeners to a set of IP addresses.
A Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema Gateway
 */
class Gateway extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Gateway"
     */
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'Gateway',
    };
    /**
     * Renders a Kubernetes manifest for "Gateway".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...Gateway.GVK,
            ...toJson_GatewayProps(props),
        };
    }
    /**
     * Defines a "Gateway" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...Gateway.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Gateway.GVK,
            ...toJson_GatewayProps(resolved),
        };
    }
}
exports.Gateway = Gateway;
/**
 * Converts an object of type 'GatewayProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewaySpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => toJson_GatewaySpecAddresses(y)),
        'allowedListeners': toJson_GatewaySpecAllowedListeners(obj.allowedListeners),
        'gatewayClassName': obj.gatewayClassName,
        'infrastructure': toJson_GatewaySpecInfrastructure(obj.infrastructure),
        'listeners': obj.listeners?.map(y => toJson_GatewaySpecListeners(y)),
        'tls': toJson_GatewaySpecTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecAddresses' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecAddresses(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecAllowedListeners' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecAllowedListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaces': toJson_GatewaySpecAllowedListenersNamespaces(obj.namespaces),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecInfrastructure' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecInfrastructure(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'parametersRef': toJson_GatewaySpecInfrastructureParametersRef(obj.parametersRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListeners' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedRoutes': toJson_GatewaySpecListenersAllowedRoutes(obj.allowedRoutes),
        'hostname': obj.hostname,
        'name': obj.name,
        'port': obj.port,
        'protocol': obj.protocol,
        'tls': toJson_GatewaySpecListenersTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backend': toJson_GatewaySpecTlsBackend(obj.backend),
        'frontend': toJson_GatewaySpecTlsFrontend(obj.frontend),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecAllowedListenersNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewaySpecAllowedListenersNamespacesSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecInfrastructureParametersRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecInfrastructureParametersRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersAllowedRoutes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kinds': obj.kinds?.map(y => toJson_GatewaySpecListenersAllowedRoutesKinds(y)),
        'namespaces': toJson_GatewaySpecListenersAllowedRoutesNamespaces(obj.namespaces),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListenersTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateRefs': obj.certificateRefs?.map(y => toJson_GatewaySpecListenersTlsCertificateRefs(y)),
        'mode': obj.mode,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsBackend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsBackend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificateRef': toJson_GatewaySpecTlsBackendClientCertificateRef(obj.clientCertificateRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default': toJson_GatewaySpecTlsFrontendDefault(obj.default),
        'perPort': obj.perPort?.map(y => toJson_GatewaySpecTlsFrontendPerPort(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewaySpecAllowedListenersNamespacesFrom;
(function (GatewaySpecAllowedListenersNamespacesFrom) {
    /** All */
    GatewaySpecAllowedListenersNamespacesFrom["ALL"] = "All";
    /** Selector */
    GatewaySpecAllowedListenersNamespacesFrom["SELECTOR"] = "Selector";
    /** Same */
    GatewaySpecAllowedListenersNamespacesFrom["SAME"] = "Same";
    /** None */
    GatewaySpecAllowedListenersNamespacesFrom["NONE"] = "None";
})(GatewaySpecAllowedListenersNamespacesFrom || (exports.GatewaySpecAllowedListenersNamespacesFrom = GatewaySpecAllowedListenersNamespacesFrom = {}));
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespacesSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecAllowedListenersNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesKinds' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersAllowedRoutesKinds(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersAllowedRoutesNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListenersTlsCertificateRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersTlsCertificateRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewaySpecListenersTlsMode;
(function (GatewaySpecListenersTlsMode) {
    /** Terminate */
    GatewaySpecListenersTlsMode["TERMINATE"] = "Terminate";
    /** Passthrough */
    GatewaySpecListenersTlsMode["PASSTHROUGH"] = "Passthrough";
})(GatewaySpecListenersTlsMode || (exports.GatewaySpecListenersTlsMode = GatewaySpecListenersTlsMode = {}));
/**
 * Converts an object of type 'GatewaySpecTlsBackendClientCertificateRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsBackendClientCertificateRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendDefault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewaySpecTlsFrontendDefaultValidation(obj.validation),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendPerPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'tls': toJson_GatewaySpecTlsFrontendPerPortTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewaySpecListenersAllowedRoutesNamespacesFrom;
(function (GatewaySpecListenersAllowedRoutesNamespacesFrom) {
    /** All */
    GatewaySpecListenersAllowedRoutesNamespacesFrom["ALL"] = "All";
    /** Selector */
    GatewaySpecListenersAllowedRoutesNamespacesFrom["SELECTOR"] = "Selector";
    /** Same */
    GatewaySpecListenersAllowedRoutesNamespacesFrom["SAME"] = "Same";
})(GatewaySpecListenersAllowedRoutesNamespacesFrom || (exports.GatewaySpecListenersAllowedRoutesNamespacesFrom = GatewaySpecListenersAllowedRoutesNamespacesFrom = {}));
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespacesSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefaultValidation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendDefaultValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendPerPortTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewaySpecTlsFrontendPerPortTlsValidation(obj.validation),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewaySpecTlsFrontendDefaultValidationMode;
(function (GatewaySpecTlsFrontendDefaultValidationMode) {
    /** AllowValidOnly */
    GatewaySpecTlsFrontendDefaultValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    /** AllowInsecureFallback */
    GatewaySpecTlsFrontendDefaultValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewaySpecTlsFrontendDefaultValidationMode || (exports.GatewaySpecTlsFrontendDefaultValidationMode = GatewaySpecTlsFrontendDefaultValidationMode = {}));
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTlsValidation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendPerPortTlsValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewaySpecTlsFrontendPerPortTlsValidationMode;
(function (GatewaySpecTlsFrontendPerPortTlsValidationMode) {
    /** AllowValidOnly */
    GatewaySpecTlsFrontendPerPortTlsValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    /** AllowInsecureFallback */
    GatewaySpecTlsFrontendPerPortTlsValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewaySpecTlsFrontendPerPortTlsValidationMode || (exports.GatewaySpecTlsFrontendPerPortTlsValidationMode = GatewaySpecTlsFrontendPerPortTlsValidationMode = {}));
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
by binding Listeners to a set of IP addresses.
 *
 * @schema GatewayV1Beta1
 */
class GatewayV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "GatewayV1Beta1"
     */
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'Gateway',
    };
    /**
     * Renders a Kubernetes manifest for "GatewayV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...GatewayV1Beta1.GVK,
            ...toJson_GatewayV1Beta1Props(props),
        };
    }
    /**
     * Defines a "GatewayV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...GatewayV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...GatewayV1Beta1.GVK,
            ...toJson_GatewayV1Beta1Props(resolved),
        };
    }
}
exports.GatewayV1Beta1 = GatewayV1Beta1;
/**
 * Converts an object of type 'GatewayV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewayV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => toJson_GatewayV1Beta1SpecAddresses(y)),
        'allowedListeners': toJson_GatewayV1Beta1SpecAllowedListeners(obj.allowedListeners),
        'gatewayClassName': obj.gatewayClassName,
        'infrastructure': toJson_GatewayV1Beta1SpecInfrastructure(obj.infrastructure),
        'listeners': obj.listeners?.map(y => toJson_GatewayV1Beta1SpecListeners(y)),
        'tls': toJson_GatewayV1Beta1SpecTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAddresses' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecAddresses(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListeners' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecAllowedListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaces': toJson_GatewayV1Beta1SpecAllowedListenersNamespaces(obj.namespaces),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecInfrastructure' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecInfrastructure(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'parametersRef': toJson_GatewayV1Beta1SpecInfrastructureParametersRef(obj.parametersRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListeners' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListeners(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowedRoutes': toJson_GatewayV1Beta1SpecListenersAllowedRoutes(obj.allowedRoutes),
        'hostname': obj.hostname,
        'name': obj.name,
        'port': obj.port,
        'protocol': obj.protocol,
        'tls': toJson_GatewayV1Beta1SpecListenersTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backend': toJson_GatewayV1Beta1SpecTlsBackend(obj.backend),
        'frontend': toJson_GatewayV1Beta1SpecTlsFrontend(obj.frontend),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecAllowedListenersNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecInfrastructureParametersRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecInfrastructureParametersRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersAllowedRoutes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kinds': obj.kinds?.map(y => toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds(y)),
        'namespaces': toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(obj.namespaces),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certificateRefs': obj.certificateRefs?.map(y => toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs(y)),
        'mode': obj.mode,
        'options': ((obj.options) === undefined) ? undefined : (Object.entries(obj.options).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsBackend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsBackend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificateRef': toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef(obj.clientCertificateRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontend' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontend(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'default': toJson_GatewayV1Beta1SpecTlsFrontendDefault(obj.default),
        'perPort': obj.perPort?.map(y => toJson_GatewayV1Beta1SpecTlsFrontendPerPort(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewayV1Beta1SpecAllowedListenersNamespacesFrom;
(function (GatewayV1Beta1SpecAllowedListenersNamespacesFrom) {
    /** All */
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["ALL"] = "All";
    /** Selector */
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["SELECTOR"] = "Selector";
    /** Same */
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["SAME"] = "Same";
    /** None */
    GatewayV1Beta1SpecAllowedListenersNamespacesFrom["NONE"] = "None";
})(GatewayV1Beta1SpecAllowedListenersNamespacesFrom || (exports.GatewayV1Beta1SpecAllowedListenersNamespacesFrom = GatewayV1Beta1SpecAllowedListenersNamespacesFrom = {}));
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespacesSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesKinds' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'selector': toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(obj.selector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersTlsCertificateRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewayV1Beta1SpecListenersTlsMode;
(function (GatewayV1Beta1SpecListenersTlsMode) {
    /** Terminate */
    GatewayV1Beta1SpecListenersTlsMode["TERMINATE"] = "Terminate";
    /** Passthrough */
    GatewayV1Beta1SpecListenersTlsMode["PASSTHROUGH"] = "Passthrough";
})(GatewayV1Beta1SpecListenersTlsMode || (exports.GatewayV1Beta1SpecListenersTlsMode = GatewayV1Beta1SpecListenersTlsMode = {}));
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsBackendClientCertificateRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendDefault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation(obj.validation),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendPerPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'port': obj.port,
        'tls': toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom;
(function (GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom) {
    /** All */
    GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom["ALL"] = "All";
    /** Selector */
    GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom["SELECTOR"] = "Selector";
    /** Same */
    GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom["SAME"] = "Same";
})(GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom || (exports.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = {}));
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefaultValidation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'validation': toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation(obj.validation),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewayV1Beta1SpecTlsFrontendDefaultValidationMode;
(function (GatewayV1Beta1SpecTlsFrontendDefaultValidationMode) {
    /** AllowValidOnly */
    GatewayV1Beta1SpecTlsFrontendDefaultValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    /** AllowInsecureFallback */
    GatewayV1Beta1SpecTlsFrontendDefaultValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewayV1Beta1SpecTlsFrontendDefaultValidationMode || (exports.GatewayV1Beta1SpecTlsFrontendDefaultValidationMode = GatewayV1Beta1SpecTlsFrontendDefaultValidationMode = {}));
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificateRefs': obj.caCertificateRefs?.map(y => toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs(y)),
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode;
(function (GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode) {
    /** AllowValidOnly */
    GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode["ALLOW_VALID_ONLY"] = "AllowValidOnly";
    /** AllowInsecureFallback */
    GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode["ALLOW_INSECURE_FALLBACK"] = "AllowInsecureFallback";
})(GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode || (exports.GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode = GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode = {}));
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
to match requests by hostname, path, header, or query param. Filters can be
used to specify additional processing steps. Backends specify where matching
requests should be routed.
 *
 * @schema HTTPRoute
 */
class HttpRoute extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "HTTPRoute"
     */
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
    };
    /**
     * Renders a Kubernetes manifest for "HTTPRoute".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...HttpRoute.GVK,
            ...toJson_HttpRouteProps(props),
        };
    }
    /**
     * Defines a "HTTPRoute" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...HttpRoute.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...HttpRoute.GVK,
            ...toJson_HttpRouteProps(resolved),
        };
    }
}
exports.HttpRoute = HttpRoute;
/**
 * Converts an object of type 'HttpRouteProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HttpRouteSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_HttpRouteSpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_HttpRouteSpecRules(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecParentRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRules' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_HttpRouteSpecRulesBackendRefs(y)),
        'filters': obj.filters?.map(y => toJson_HttpRouteSpecRulesFilters(y)),
        'matches': obj.matches?.map(y => toJson_HttpRouteSpecRulesMatches(y)),
        'name': obj.name,
        'timeouts': toJson_HttpRouteSpecRulesTimeouts(obj.timeouts),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'filters': obj.filters?.map(y => toJson_HttpRouteSpecRulesBackendRefsFilters(y)),
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFilters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteSpecRulesFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteSpecRulesFiltersExtensionRef(obj.extensionRef),
        'requestHeaderModifier': toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteSpecRulesFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteSpecRulesFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteSpecRulesFiltersUrlRewrite(obj.urlRewrite),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesMatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headers': obj.headers?.map(y => toJson_HttpRouteSpecRulesMatchesHeaders(y)),
        'method': obj.method,
        'path': toJson_HttpRouteSpecRulesMatchesPath(obj.path),
        'queryParams': obj.queryParams?.map(y => toJson_HttpRouteSpecRulesMatchesQueryParams(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesTimeouts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesTimeouts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRequest': obj.backendRequest,
        'request': obj.request,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFilters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteSpecRulesBackendRefsFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef(obj.extensionRef),
        'requestHeaderModifier': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(obj.urlRewrite),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersCors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersExtensionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirror' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestRedirect' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteSpecRulesFiltersType;
(function (HttpRouteSpecRulesFiltersType) {
    /** RequestHeaderModifier */
    HttpRouteSpecRulesFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    /** ResponseHeaderModifier */
    HttpRouteSpecRulesFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    /** RequestMirror */
    HttpRouteSpecRulesFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    /** RequestRedirect */
    HttpRouteSpecRulesFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    /** URLRewrite */
    HttpRouteSpecRulesFiltersType["URL_REWRITE"] = "URLRewrite";
    /** ExtensionRef */
    HttpRouteSpecRulesFiltersType["EXTENSION_REF"] = "ExtensionRef";
    /** CORS */
    HttpRouteSpecRulesFiltersType["CORS"] = "CORS";
})(HttpRouteSpecRulesFiltersType || (exports.HttpRouteSpecRulesFiltersType = HttpRouteSpecRulesFiltersType = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersUrlRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesFiltersUrlRewritePath(obj.path),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesMatchesHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Method specifies HTTP method matcher.
 * When specified, this route will be matched only if the request has the
 * specified method.
 *
 * Support: Extended
 *
 * @schema HttpRouteSpecRulesMatchesMethod
 */
var HttpRouteSpecRulesMatchesMethod;
(function (HttpRouteSpecRulesMatchesMethod) {
    /** GET */
    HttpRouteSpecRulesMatchesMethod["GET"] = "GET";
    /** HEAD */
    HttpRouteSpecRulesMatchesMethod["HEAD"] = "HEAD";
    /** POST */
    HttpRouteSpecRulesMatchesMethod["POST"] = "POST";
    /** PUT */
    HttpRouteSpecRulesMatchesMethod["PUT"] = "PUT";
    /** DELETE */
    HttpRouteSpecRulesMatchesMethod["DELETE"] = "DELETE";
    /** CONNECT */
    HttpRouteSpecRulesMatchesMethod["CONNECT"] = "CONNECT";
    /** OPTIONS */
    HttpRouteSpecRulesMatchesMethod["OPTIONS"] = "OPTIONS";
    /** TRACE */
    HttpRouteSpecRulesMatchesMethod["TRACE"] = "TRACE";
    /** PATCH */
    HttpRouteSpecRulesMatchesMethod["PATCH"] = "PATCH";
})(HttpRouteSpecRulesMatchesMethod || (exports.HttpRouteSpecRulesMatchesMethod = HttpRouteSpecRulesMatchesMethod = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesMatchesPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesMatchesQueryParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesMatchesQueryParams(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersCors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersExtensionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirror' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestRedirect' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteSpecRulesBackendRefsFiltersType;
(function (HttpRouteSpecRulesBackendRefsFiltersType) {
    /** RequestHeaderModifier */
    HttpRouteSpecRulesBackendRefsFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    /** ResponseHeaderModifier */
    HttpRouteSpecRulesBackendRefsFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    /** RequestMirror */
    HttpRouteSpecRulesBackendRefsFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    /** RequestRedirect */
    HttpRouteSpecRulesBackendRefsFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    /** URLRewrite */
    HttpRouteSpecRulesBackendRefsFiltersType["URL_REWRITE"] = "URLRewrite";
    /** ExtensionRef */
    HttpRouteSpecRulesBackendRefsFiltersType["EXTENSION_REF"] = "ExtensionRef";
    /** CORS */
    HttpRouteSpecRulesBackendRefsFiltersType["CORS"] = "CORS";
})(HttpRouteSpecRulesBackendRefsFiltersType || (exports.HttpRouteSpecRulesBackendRefsFiltersType = HttpRouteSpecRulesBackendRefsFiltersType = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersUrlRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(obj.path),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema HttpRouteSpecRulesFiltersCorsAllowMethods
 */
var HttpRouteSpecRulesFiltersCorsAllowMethods;
(function (HttpRouteSpecRulesFiltersCorsAllowMethods) {
    /** GET */
    HttpRouteSpecRulesFiltersCorsAllowMethods["GET"] = "GET";
    /** HEAD */
    HttpRouteSpecRulesFiltersCorsAllowMethods["HEAD"] = "HEAD";
    /** POST */
    HttpRouteSpecRulesFiltersCorsAllowMethods["POST"] = "POST";
    /** PUT */
    HttpRouteSpecRulesFiltersCorsAllowMethods["PUT"] = "PUT";
    /** DELETE */
    HttpRouteSpecRulesFiltersCorsAllowMethods["DELETE"] = "DELETE";
    /** CONNECT */
    HttpRouteSpecRulesFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    /** OPTIONS */
    HttpRouteSpecRulesFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    /** TRACE */
    HttpRouteSpecRulesFiltersCorsAllowMethods["TRACE"] = "TRACE";
    /** PATCH */
    HttpRouteSpecRulesFiltersCorsAllowMethods["PATCH"] = "PATCH";
    /** * */
    HttpRouteSpecRulesFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteSpecRulesFiltersCorsAllowMethods || (exports.HttpRouteSpecRulesFiltersCorsAllowMethods = HttpRouteSpecRulesFiltersCorsAllowMethods = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirrorBackendRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestMirrorFraction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersRequestRedirectPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteSpecRulesFiltersRequestRedirectScheme;
(function (HttpRouteSpecRulesFiltersRequestRedirectScheme) {
    /** http */
    HttpRouteSpecRulesFiltersRequestRedirectScheme["HTTP"] = "http";
    /** https */
    HttpRouteSpecRulesFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteSpecRulesFiltersRequestRedirectScheme || (exports.HttpRouteSpecRulesFiltersRequestRedirectScheme = HttpRouteSpecRulesFiltersRequestRedirectScheme = {}));
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
var HttpRouteSpecRulesFiltersRequestRedirectStatusCode;
(function (HttpRouteSpecRulesFiltersRequestRedirectStatusCode) {
    /** 301 */
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    /** 302 */
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    /** 303 */
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    /** 307 */
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    /** 308 */
    HttpRouteSpecRulesFiltersRequestRedirectStatusCode[HttpRouteSpecRulesFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteSpecRulesFiltersRequestRedirectStatusCode || (exports.HttpRouteSpecRulesFiltersRequestRedirectStatusCode = HttpRouteSpecRulesFiltersRequestRedirectStatusCode = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersResponseHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesFiltersUrlRewritePath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteSpecRulesMatchesHeadersType;
(function (HttpRouteSpecRulesMatchesHeadersType) {
    /** Exact */
    HttpRouteSpecRulesMatchesHeadersType["EXACT"] = "Exact";
    /** RegularExpression */
    HttpRouteSpecRulesMatchesHeadersType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteSpecRulesMatchesHeadersType || (exports.HttpRouteSpecRulesMatchesHeadersType = HttpRouteSpecRulesMatchesHeadersType = {}));
/**
 * Type specifies how to match against the path Value.
 *
 * Support: Core (Exact, PathPrefix)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * @schema HttpRouteSpecRulesMatchesPathType
 */
var HttpRouteSpecRulesMatchesPathType;
(function (HttpRouteSpecRulesMatchesPathType) {
    /** Exact */
    HttpRouteSpecRulesMatchesPathType["EXACT"] = "Exact";
    /** PathPrefix */
    HttpRouteSpecRulesMatchesPathType["PATH_PREFIX"] = "PathPrefix";
    /** RegularExpression */
    HttpRouteSpecRulesMatchesPathType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteSpecRulesMatchesPathType || (exports.HttpRouteSpecRulesMatchesPathType = HttpRouteSpecRulesMatchesPathType = {}));
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
var HttpRouteSpecRulesMatchesQueryParamsType;
(function (HttpRouteSpecRulesMatchesQueryParamsType) {
    /** Exact */
    HttpRouteSpecRulesMatchesQueryParamsType["EXACT"] = "Exact";
    /** RegularExpression */
    HttpRouteSpecRulesMatchesQueryParamsType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteSpecRulesMatchesQueryParamsType || (exports.HttpRouteSpecRulesMatchesQueryParamsType = HttpRouteSpecRulesMatchesQueryParamsType = {}));
/**
 * @schema HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods
 */
var HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods;
(function (HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods) {
    /** GET */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["GET"] = "GET";
    /** HEAD */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["HEAD"] = "HEAD";
    /** POST */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["POST"] = "POST";
    /** PUT */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["PUT"] = "PUT";
    /** DELETE */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["DELETE"] = "DELETE";
    /** CONNECT */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    /** OPTIONS */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    /** TRACE */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["TRACE"] = "TRACE";
    /** PATCH */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["PATCH"] = "PATCH";
    /** * */
    HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods || (exports.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme;
(function (HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme) {
    /** http */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme["HTTP"] = "http";
    /** https */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme || (exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme = {}));
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
var HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode;
(function (HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode) {
    /** 301 */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    /** 302 */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    /** 303 */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    /** 307 */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    /** 308 */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode || (exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = {}));
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteSpecRulesFiltersRequestRedirectPathType;
(function (HttpRouteSpecRulesFiltersRequestRedirectPathType) {
    /** ReplaceFullPath */
    HttpRouteSpecRulesFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteSpecRulesFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesFiltersRequestRedirectPathType || (exports.HttpRouteSpecRulesFiltersRequestRedirectPathType = HttpRouteSpecRulesFiltersRequestRedirectPathType = {}));
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
var HttpRouteSpecRulesFiltersUrlRewritePathType;
(function (HttpRouteSpecRulesFiltersUrlRewritePathType) {
    /** ReplaceFullPath */
    HttpRouteSpecRulesFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteSpecRulesFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesFiltersUrlRewritePathType || (exports.HttpRouteSpecRulesFiltersUrlRewritePathType = HttpRouteSpecRulesFiltersUrlRewritePathType = {}));
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
var HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType;
(function (HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType) {
    /** ReplaceFullPath */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType || (exports.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType = {}));
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
var HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType;
(function (HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType) {
    /** ReplaceFullPath */
    HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType || (exports.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType = {}));
/**
 * HTTPRoute provides a way to route HTTP requests. This includes the capability
to match requests by hostname, path, header, or query param. Filters can be
used to specify additional processing steps. Backends specify where matching
requests should be routed.
 *
 * @schema HTTPRouteV1Beta1
 */
class HttpRouteV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "HTTPRouteV1Beta1"
     */
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'HTTPRoute',
    };
    /**
     * Renders a Kubernetes manifest for "HTTPRouteV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...HttpRouteV1Beta1.GVK,
            ...toJson_HttpRouteV1Beta1Props(props),
        };
    }
    /**
     * Defines a "HTTPRouteV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...HttpRouteV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...HttpRouteV1Beta1.GVK,
            ...toJson_HttpRouteV1Beta1Props(resolved),
        };
    }
}
exports.HttpRouteV1Beta1 = HttpRouteV1Beta1;
/**
 * Converts an object of type 'HttpRouteV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_HttpRouteV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'parentRefs': obj.parentRefs?.map(y => toJson_HttpRouteV1Beta1SpecParentRefs(y)),
        'rules': obj.rules?.map(y => toJson_HttpRouteV1Beta1SpecRules(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecParentRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecParentRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'sectionName': obj.sectionName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRules' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRefs': obj.backendRefs?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefs(y)),
        'filters': obj.filters?.map(y => toJson_HttpRouteV1Beta1SpecRulesFilters(y)),
        'matches': obj.matches?.map(y => toJson_HttpRouteV1Beta1SpecRulesMatches(y)),
        'name': obj.name,
        'timeouts': toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj.timeouts),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'filters': obj.filters?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters(y)),
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFilters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteV1Beta1SpecRulesFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef(obj.extensionRef),
        'requestHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(obj.urlRewrite),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatches' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesMatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headers': obj.headers?.map(y => toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders(y)),
        'method': obj.method,
        'path': toJson_HttpRouteV1Beta1SpecRulesMatchesPath(obj.path),
        'queryParams': obj.queryParams?.map(y => toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesTimeouts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesTimeouts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRequest': obj.backendRequest,
        'request': obj.request,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFilters' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFilters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cors': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(obj.cors),
        'extensionRef': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(obj.extensionRef),
        'requestHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(obj.requestHeaderModifier),
        'requestMirror': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(obj.requestMirror),
        'requestRedirect': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(obj.requestRedirect),
        'responseHeaderModifier': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(obj.responseHeaderModifier),
        'type': obj.type,
        'urlRewrite': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(obj.urlRewrite),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersCors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersExtensionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirror' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestRedirect' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteV1Beta1SpecRulesFiltersType;
(function (HttpRouteV1Beta1SpecRulesFiltersType) {
    /** RequestHeaderModifier */
    HttpRouteV1Beta1SpecRulesFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    /** ResponseHeaderModifier */
    HttpRouteV1Beta1SpecRulesFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    /** RequestMirror */
    HttpRouteV1Beta1SpecRulesFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    /** RequestRedirect */
    HttpRouteV1Beta1SpecRulesFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    /** URLRewrite */
    HttpRouteV1Beta1SpecRulesFiltersType["URL_REWRITE"] = "URLRewrite";
    /** ExtensionRef */
    HttpRouteV1Beta1SpecRulesFiltersType["EXTENSION_REF"] = "ExtensionRef";
    /** CORS */
    HttpRouteV1Beta1SpecRulesFiltersType["CORS"] = "CORS";
})(HttpRouteV1Beta1SpecRulesFiltersType || (exports.HttpRouteV1Beta1SpecRulesFiltersType = HttpRouteV1Beta1SpecRulesFiltersType = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersUrlRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(obj.path),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesMatchesHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Method specifies HTTP method matcher.
 * When specified, this route will be matched only if the request has the
 * specified method.
 *
 * Support: Extended
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesMethod
 */
var HttpRouteV1Beta1SpecRulesMatchesMethod;
(function (HttpRouteV1Beta1SpecRulesMatchesMethod) {
    /** GET */
    HttpRouteV1Beta1SpecRulesMatchesMethod["GET"] = "GET";
    /** HEAD */
    HttpRouteV1Beta1SpecRulesMatchesMethod["HEAD"] = "HEAD";
    /** POST */
    HttpRouteV1Beta1SpecRulesMatchesMethod["POST"] = "POST";
    /** PUT */
    HttpRouteV1Beta1SpecRulesMatchesMethod["PUT"] = "PUT";
    /** DELETE */
    HttpRouteV1Beta1SpecRulesMatchesMethod["DELETE"] = "DELETE";
    /** CONNECT */
    HttpRouteV1Beta1SpecRulesMatchesMethod["CONNECT"] = "CONNECT";
    /** OPTIONS */
    HttpRouteV1Beta1SpecRulesMatchesMethod["OPTIONS"] = "OPTIONS";
    /** TRACE */
    HttpRouteV1Beta1SpecRulesMatchesMethod["TRACE"] = "TRACE";
    /** PATCH */
    HttpRouteV1Beta1SpecRulesMatchesMethod["PATCH"] = "PATCH";
})(HttpRouteV1Beta1SpecRulesMatchesMethod || (exports.HttpRouteV1Beta1SpecRulesMatchesMethod = HttpRouteV1Beta1SpecRulesMatchesMethod = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesMatchesPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesMatchesQueryParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesMatchesQueryParams(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => y),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj.backendRef),
        'fraction': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(obj.fraction),
        'percent': obj.percent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(obj.path),
        'port': obj.port,
        'scheme': obj.scheme,
        'statusCode': obj.statusCode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(y)),
        'remove': obj.remove?.map(y => y),
        'set': obj.set?.map(y => toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersType;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersType) {
    /** RequestHeaderModifier */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["REQUEST_HEADER_MODIFIER"] = "RequestHeaderModifier";
    /** ResponseHeaderModifier */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["RESPONSE_HEADER_MODIFIER"] = "ResponseHeaderModifier";
    /** RequestMirror */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["REQUEST_MIRROR"] = "RequestMirror";
    /** RequestRedirect */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["REQUEST_REDIRECT"] = "RequestRedirect";
    /** URLRewrite */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["URL_REWRITE"] = "URLRewrite";
    /** ExtensionRef */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["EXTENSION_REF"] = "ExtensionRef";
    /** CORS */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersType["CORS"] = "CORS";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersType || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = HttpRouteV1Beta1SpecRulesBackendRefsFiltersType = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostname': obj.hostname,
        'path': toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(obj.path),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods
 */
var HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods;
(function (HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods) {
    /** GET */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["GET"] = "GET";
    /** HEAD */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["HEAD"] = "HEAD";
    /** POST */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["POST"] = "POST";
    /** PUT */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["PUT"] = "PUT";
    /** DELETE */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["DELETE"] = "DELETE";
    /** CONNECT */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    /** OPTIONS */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    /** TRACE */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["TRACE"] = "TRACE";
    /** PATCH */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["PATCH"] = "PATCH";
    /** * */
    HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods || (exports.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme;
(function (HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme) {
    /** http */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme["HTTP"] = "http";
    /** https */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme || (exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme = {}));
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
var HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode;
(function (HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode) {
    /** 301 */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    /** 302 */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    /** 303 */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    /** 307 */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    /** 308 */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode || (exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteV1Beta1SpecRulesMatchesHeadersType;
(function (HttpRouteV1Beta1SpecRulesMatchesHeadersType) {
    /** Exact */
    HttpRouteV1Beta1SpecRulesMatchesHeadersType["EXACT"] = "Exact";
    /** RegularExpression */
    HttpRouteV1Beta1SpecRulesMatchesHeadersType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteV1Beta1SpecRulesMatchesHeadersType || (exports.HttpRouteV1Beta1SpecRulesMatchesHeadersType = HttpRouteV1Beta1SpecRulesMatchesHeadersType = {}));
/**
 * Type specifies how to match against the path Value.
 *
 * Support: Core (Exact, PathPrefix)
 *
 * Support: Implementation-specific (RegularExpression)
 *
 * @schema HttpRouteV1Beta1SpecRulesMatchesPathType
 */
var HttpRouteV1Beta1SpecRulesMatchesPathType;
(function (HttpRouteV1Beta1SpecRulesMatchesPathType) {
    /** Exact */
    HttpRouteV1Beta1SpecRulesMatchesPathType["EXACT"] = "Exact";
    /** PathPrefix */
    HttpRouteV1Beta1SpecRulesMatchesPathType["PATH_PREFIX"] = "PathPrefix";
    /** RegularExpression */
    HttpRouteV1Beta1SpecRulesMatchesPathType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteV1Beta1SpecRulesMatchesPathType || (exports.HttpRouteV1Beta1SpecRulesMatchesPathType = HttpRouteV1Beta1SpecRulesMatchesPathType = {}));
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
var HttpRouteV1Beta1SpecRulesMatchesQueryParamsType;
(function (HttpRouteV1Beta1SpecRulesMatchesQueryParamsType) {
    /** Exact */
    HttpRouteV1Beta1SpecRulesMatchesQueryParamsType["EXACT"] = "Exact";
    /** RegularExpression */
    HttpRouteV1Beta1SpecRulesMatchesQueryParamsType["REGULAR_EXPRESSION"] = "RegularExpression";
})(HttpRouteV1Beta1SpecRulesMatchesQueryParamsType || (exports.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = HttpRouteV1Beta1SpecRulesMatchesQueryParamsType = {}));
/**
 * @schema HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods
 */
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods) {
    /** GET */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["GET"] = "GET";
    /** HEAD */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["HEAD"] = "HEAD";
    /** POST */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["POST"] = "POST";
    /** PUT */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["PUT"] = "PUT";
    /** DELETE */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["DELETE"] = "DELETE";
    /** CONNECT */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["CONNECT"] = "CONNECT";
    /** OPTIONS */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["OPTIONS"] = "OPTIONS";
    /** TRACE */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["TRACE"] = "TRACE";
    /** PATCH */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["PATCH"] = "PATCH";
    /** * */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods["VALUE_ASTERISK"] = "*";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'denominator': obj.denominator,
        'numerator': obj.numerator,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme) {
    /** http */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme["HTTP"] = "http";
    /** https */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme["HTTPS"] = "https";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = {}));
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
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode) {
    /** 301 */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_301"] = 301] = "VALUE_301";
    /** 302 */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_302"] = 302] = "VALUE_302";
    /** 303 */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_303"] = 303] = "VALUE_303";
    /** 307 */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_307"] = 307] = "VALUE_307";
    /** 308 */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode["VALUE_308"] = 308] = "VALUE_308";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode = {}));
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replaceFullPath': obj.replaceFullPath,
        'replacePrefixMatch': obj.replacePrefixMatch,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
var HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType;
(function (HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType) {
    /** ReplaceFullPath */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType || (exports.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType = {}));
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
var HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType;
(function (HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType) {
    /** ReplaceFullPath */
    HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType || (exports.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType = {}));
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
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType) {
    /** ReplaceFullPath */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType = {}));
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
var HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType;
(function (HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType) {
    /** ReplaceFullPath */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_FULL_PATH"] = "ReplaceFullPath";
    /** ReplacePrefixMatch */
    HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType["REPLACE_PREFIX_MATCH"] = "ReplacePrefixMatch";
})(HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType || (exports.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType = {}));
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
class ReferenceGrant extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ReferenceGrant"
     */
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'ReferenceGrant',
    };
    /**
     * Renders a Kubernetes manifest for "ReferenceGrant".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ReferenceGrant.GVK,
            ...toJson_ReferenceGrantProps(props),
        };
    }
    /**
     * Defines a "ReferenceGrant" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ReferenceGrant.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ReferenceGrant.GVK,
            ...toJson_ReferenceGrantProps(resolved),
        };
    }
}
exports.ReferenceGrant = ReferenceGrant;
/**
 * Converts an object of type 'ReferenceGrantProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ReferenceGrantSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ReferenceGrantSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_ReferenceGrantSpecFrom(y)),
        'to': obj.to?.map(y => toJson_ReferenceGrantSpecTo(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ReferenceGrantSpecFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantSpecFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ReferenceGrantSpecTo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantSpecTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
class ReferenceGrantV1Beta1 extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ReferenceGrantV1Beta1"
     */
    static GVK = {
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        kind: 'ReferenceGrant',
    };
    /**
     * Renders a Kubernetes manifest for "ReferenceGrantV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ReferenceGrantV1Beta1.GVK,
            ...toJson_ReferenceGrantV1Beta1Props(props),
        };
    }
    /**
     * Defines a "ReferenceGrantV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ReferenceGrantV1Beta1.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ReferenceGrantV1Beta1.GVK,
            ...toJson_ReferenceGrantV1Beta1Props(resolved),
        };
    }
}
exports.ReferenceGrantV1Beta1 = ReferenceGrantV1Beta1;
/**
 * Converts an object of type 'ReferenceGrantV1Beta1Props' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ReferenceGrantV1Beta1Spec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1Spec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from?.map(y => toJson_ReferenceGrantV1Beta1SpecFrom(y)),
        'to': obj.to?.map(y => toJson_ReferenceGrantV1Beta1SpecTo(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1SpecFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantV1Beta1SpecFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1SpecTo' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ReferenceGrantV1Beta1SpecTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
