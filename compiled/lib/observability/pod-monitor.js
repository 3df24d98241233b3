"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PodMonitor = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const monitoring_coreos_com_1 = require("../../imports/monitoring.coreos.com");
const flux_kustomization_1 = require("../flux/flux-kustomization");
const file_placement_1 = require("../output/file-placement");
const scrape_target_1 = require("./scrape-target");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/**
 * A Prometheus Operator `PodMonitor`: scrapes a named container port of the pods that carry the
 * selector's labels. The honest choice for pods without a Service, such as Langfuse's worker.
 * @see https://prometheus-operator.dev/docs/api-reference/api/#monitoring.coreos.com/v1.PodMonitor
 */
class PodMonitor extends constructs_1.Construct {
    name;
    selector;
    resource;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('pod monitor name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)(`pod monitor ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
        (0, scrape_target_1.validateSelector)(props.name, props.selector);
        if (props.endpoints.length === 0)
            throw new Error(`pod monitor ${props.name} needs at least one endpoint`);
        props.endpoints.forEach((e) => (0, scrape_target_1.validateScrapeEndpoint)(props.name, e));
        this.name = props.name;
        this.selector = props.selector;
        const namespaces = props.namespaceSelector ?? scrape_target_1.MonitorNamespaces.own();
        this.resource = new monitoring_coreos_com_1.PodMonitor(this, 'Resource', {
            metadata: { name: props.name, namespace: props.namespace, labels: props.labels ? { ...props.labels } : undefined },
            spec: {
                selector: { matchLabels: { ...props.selector } },
                namespaceSelector: namespaces._render(),
                podTargetLabels: props.podTargetLabels ? [...props.podTargetLabels] : undefined,
                podMetricsEndpoints: props.endpoints.map((e) => ({
                    port: e.port,
                    path: e.path ?? '/metrics',
                    interval: (0, flux_kustomization_1.goDuration)(e.interval ?? cdk8s_1.Duration.seconds(30)),
                    scrapeTimeout: e.scrapeTimeout ? (0, flux_kustomization_1.goDuration)(e.scrapeTimeout) : undefined,
                    scheme: e.scheme === 'https' ? monitoring_coreos_com_1.PodMonitorSpecPodMetricsEndpointsScheme.HTTPS : undefined,
                })),
            },
        });
        (0, file_placement_1.placeInFile)(this.resource, 'servicemonitor.yaml');
    }
}
exports.PodMonitor = PodMonitor;
