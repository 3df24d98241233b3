"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpRoute = exports.ENVOY_INTERNAL = exports.ENVOY_EXTERNAL = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const gateway_networking_k8s_io_1 = require("../../imports/gateway.networking.k8s.io");
const fields_1 = require("../config/fields");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
/** The cluster's public gateway, as the reference deployment names it. */
exports.ENVOY_EXTERNAL = { name: 'envoy-external', namespace: 'network', sectionName: 'https' };
/** The cluster's LAN-only gateway. */
exports.ENVOY_INTERNAL = { name: 'envoy-internal', namespace: 'network', sectionName: 'https' };
/**
 * A Gateway API `HTTPRoute` (gateway.networking.k8s.io/v1) that sends every path of its host names
 * to one Service port and, when the Service is in another namespace, the `ReferenceGrant` that
 * allows it (in the Service's namespace). Same-namespace routes get no ReferenceGrant.
 * @see https://gateway-api.sigs.k8s.io/api-types/httproute/
 * @see https://gateway-api.sigs.k8s.io/api-types/referencegrant/
 */
class HttpRoute extends constructs_1.Construct {
    name;
    namespace;
    parents;
    resource;
    /** Present when the backend is in another namespace. */
    referenceGrant;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('http route name', props.name, (0, fields_1.dnsSubdomain)());
        const at = (prop) => `http route ${props.name}: ${prop}`;
        (0, prop_checks_1.checkProp)(at('backend.serviceName'), props.backend.serviceName, (0, fields_1.dnsLabel)());
        (0, prop_checks_1.checkProp)(at('backend.namespace'), props.backend.namespace, (0, fields_1.dnsLabel)());
        const chartNamespace = cdk8s_1.Chart.of(this).namespace;
        const namespace = props.namespace ?? chartNamespace ?? props.backend.namespace;
        (0, prop_checks_1.checkProp)(at('namespace'), namespace, (0, fields_1.dnsLabel)());
        if (chartNamespace && chartNamespace !== namespace) {
            throw new Error(`http route ${props.name} in namespace ${namespace} is in a chart of namespace ${chartNamespace}: `
                + `Flux would move it there; create it in a chart of namespace ${namespace}`);
        }
        if (props.hostnames.length === 0)
            throw new Error(`${at('hostnames')} must list at least one host name (got none)`);
        props.hostnames.forEach((host, i) => {
            if (!/^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(host)) {
                throw new Error(`${at(`hostnames[${i}]`)} must be a lowercase DNS name like "langfuse.example.com" (got "${host}")`);
            }
        });
        if (!Number.isInteger(props.backend.port) || props.backend.port < 1 || props.backend.port > 65535) {
            throw new Error(`${at('backend.port')} must be 1 to 65535 (got ${props.backend.port})`);
        }
        const parents = props.parents ?? [exports.ENVOY_EXTERNAL];
        if (parents.length === 0)
            throw new Error(`${at('parents')} must list at least one gateway (got none)`);
        parents.forEach((p, i) => {
            (0, prop_checks_1.checkProp)(at(`parents[${i}].name`), p.name, (0, fields_1.dnsSubdomain)());
            (0, prop_checks_1.checkProp)(at(`parents[${i}].namespace`), p.namespace, (0, fields_1.dnsLabel)());
            (0, prop_checks_1.checkOptionalProps)([[at(`parents[${i}].sectionName`), p.sectionName, (0, fields_1.dnsSubdomain)()]]);
        });
        const keys = parents.map((p) => `${p.namespace}/${p.name}/${p.sectionName ?? ''}`);
        const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
        if (duplicate)
            throw new Error(`http route ${props.name} lists the parent gateway ${duplicate} twice`);
        this.name = props.name;
        this.namespace = namespace;
        this.parents = parents;
        const crossNamespace = props.backend.namespace !== namespace;
        this.resource = new gateway_networking_k8s_io_1.HttpRoute(this, 'Resource', {
            metadata: { name: props.name, namespace, labels: props.labels ? { ...props.labels } : undefined },
            spec: {
                parentRefs: parents.map((p) => ({ name: p.name, namespace: p.namespace, sectionName: p.sectionName })),
                hostnames: [...props.hostnames],
                rules: [{
                        matches: [{ path: { type: gateway_networking_k8s_io_1.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: '/' } }],
                        backendRefs: [{
                                name: props.backend.serviceName,
                                namespace: crossNamespace ? props.backend.namespace : undefined,
                                port: props.backend.port,
                            }],
                    }],
            },
        });
        (0, file_placement_1.placeInFile)(this.resource, 'httproute.yaml');
        if (crossNamespace) {
            const grantScope = props.referenceGrantScope;
            const grantChartNamespace = grantScope ? cdk8s_1.Chart.of(grantScope).namespace : undefined;
            if (!grantScope || grantChartNamespace !== props.backend.namespace) {
                throw new Error(`http route ${props.name} in namespace ${namespace} points at Service ${props.backend.serviceName} in namespace ${props.backend.namespace}: `
                    + `pass referenceGrantScope, a construct in a chart of namespace ${props.backend.namespace} `
                    + `(got ${grantScope ? `one in namespace ${grantChartNamespace ?? '(none)'}` : 'none'})`);
            }
            this.referenceGrant = new gateway_networking_k8s_io_1.ReferenceGrant(grantScope, `ReferenceGrant-${props.name}-${namespace}`, {
                metadata: { name: `${props.name}-${namespace}-access`, namespace: props.backend.namespace, labels: props.labels ? { ...props.labels } : undefined },
                spec: {
                    from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace }],
                    to: [{ group: '', kind: 'Service', name: props.backend.serviceName }],
                },
            });
            (0, file_placement_1.placeInFile)(this.referenceGrant, 'referencegrant.yaml');
        }
    }
}
exports.HttpRoute = HttpRoute;
