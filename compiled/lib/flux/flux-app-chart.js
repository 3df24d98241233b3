"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FluxAppChart = void 0;
const cdk8s_1 = require("cdk8s");
const flux_kustomization_1 = require("./flux-kustomization");
/**
 * A chart written as one Flux app folder, `<appsPath>/<namespace>/<appName>/`: its objects under
 * app/ and, in ks.yaml, the Flux Kustomization that applies them.
 */
class FluxAppChart extends cdk8s_1.Chart {
    appDirectory;
    appName;
    kustomization;
    constructor(scope, id, props) {
        super(scope, id, { namespace: props.namespace, disableResourceNameHashes: true });
        this.appName = props.appName;
        this.appDirectory = `${props.flux?.appsPath ?? 'kubernetes/apps'}/${props.namespace}/${props.appName}`;
        this.kustomization = new flux_kustomization_1.FluxKustomization(this, 'Kustomization', {
            name: props.appName,
            namespace: props.flux?.kustomizationNamespace,
            path: `./${this.appDirectory}/app`,
            targetNamespace: props.namespace,
            sourceName: props.flux?.sourceName,
            sopsSecretName: props.flux?.sopsSecretName,
            dependsOn: props.dependsOn,
            healthChecks: props.healthChecks,
            healthCheckExprs: props.healthCheckExprs,
            annotations: props.kustomizationAnnotations,
        });
    }
}
exports.FluxAppChart = FluxAppChart;
