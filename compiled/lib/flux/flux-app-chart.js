"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FluxAppChart = void 0;
exports.fluxAppKustomizationNamespace = fluxAppKustomizationNamespace;
const cdk8s_1 = require("cdk8s");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
const flux_kustomization_1 = require("./flux-kustomization");
/** Both names become folders of the tree and Kubernetes names; the Flux options become paths and references. */
function checkFluxAppProps(props) {
    (0, prop_checks_1.checkProp)('flux app appName', props.appName, (0, fields_1.dnsLabel)());
    (0, prop_checks_1.checkProp)(`flux app ${props.appName}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
    const flux = props.flux ?? {};
    (0, prop_checks_1.checkOptionalProps)([
        [`flux app ${props.appName}: flux.appsPath`, flux.appsPath, (0, fields_1.treePath)()],
        [`flux app ${props.appName}: flux.sourceName`, flux.sourceName, (0, fields_1.dnsSubdomain)()],
        [`flux app ${props.appName}: flux.kustomizationNamespace`, flux.kustomizationNamespace, (0, fields_1.dnsLabel)()],
        [`flux app ${props.appName}: flux.sopsSecretName`, flux.sopsSecretName === '' ? undefined : flux.sopsSecretName, (0, fields_1.dnsSubdomain)()],
    ]);
}
/**
 * The namespace an app's Flux Kustomization really lives in: the one its namespace folder's
 * kustomization gives it (`flux.parentNamespace`), else `flux.kustomizationNamespace`. Every
 * dependsOn on an app is built with this, so it names the object kustomize produces.
 * @param appNamespace the namespace of the app's objects, which is its folder
 */
function fluxAppKustomizationNamespace(flux, appNamespace) {
    return flux?.parentNamespace?.(`${flux.appsPath ?? 'kubernetes/apps'}/${appNamespace}`) ?? flux?.kustomizationNamespace;
}
/**
 * A chart written as one Flux app folder, `<appsPath>/<namespace>/<appName>/`: its objects under
 * app/ and, in ks.yaml, the Flux Kustomization that applies them.
 */
class FluxAppChart extends cdk8s_1.Chart {
    appDirectory;
    appName;
    kustomization;
    constructor(scope, id, props) {
        checkFluxAppProps(props);
        super(scope, id, { namespace: props.namespace, disableResourceNameHashes: true });
        this.appName = props.appName;
        this.appDirectory = `${props.flux?.appsPath ?? 'kubernetes/apps'}/${props.namespace}/${props.appName}`;
        this.kustomization = new flux_kustomization_1.FluxKustomization(this, 'Kustomization', {
            name: props.appName,
            namespace: fluxAppKustomizationNamespace(props.flux, props.namespace),
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
