"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FluxAppChart = void 0;
exports.fluxAppKustomizationNamespace = fluxAppKustomizationNamespace;
exports.sopsSecretMoveWarning = sopsSecretMoveWarning;
exports.sopsSecretWarnings = sopsSecretWarnings;
exports.movedFluxApps = movedFluxApps;
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
 * A warning when a parent's `namespace:` moves an app's Kustomization away from the namespace the
 * config puts it in (and so expects its SOPS Secret in): kustomize-controller reads
 * `decryption.secretRef` in the Kustomization's own namespace, so without that Secret there every
 * decryption fails and the app never gets Ready. Undefined when nothing moves or no Secret is named.
 * @param appNamespace the namespace of the app's objects, which is its folder
 */
function sopsSecretMoveWarning(flux, appNamespace, appName) {
    const secret = flux?.sopsSecretName ?? 'sops-age';
    const folder = `${flux?.appsPath ?? 'kubernetes/apps'}/${appNamespace}`;
    const moved = flux?.parentNamespace?.(folder);
    const expected = flux?.kustomizationNamespace ?? 'flux-system';
    if (secret === '' || moved === undefined || moved === expected)
        return undefined;
    return `${folder}/kustomization.yaml sets namespace: ${moved}, so the Flux Kustomization ${appName} lives in ${moved}, not ${expected}, `
        + `and kustomize-controller reads its decryption Secret ${secret} in ${moved}: create the Secret ${secret} in namespace ${moved}, `
        + `or set flux_sops_secret_name: "" (the controller-wide --sops-age-secret) or the name of a Secret in ${moved}, `
        + `or set flux_kustomization_namespace: ${moved} and keep the Secret there`;
}
/**
 * A chart written as one Flux app folder, `<appsPath>/<namespace>/<appName>/`: its objects under
 * app/ and, in ks.yaml, the Flux Kustomization that applies them.
 */
class FluxAppChart extends cdk8s_1.Chart {
    appDirectory;
    appName;
    kustomization;
    /** Set when a parent's `namespace:` moves the Kustomization away from its SOPS Secret (`sopsSecretMoveWarning`). */
    sopsSecretWarning;
    constructor(scope, id, props) {
        checkFluxAppProps(props);
        super(scope, id, { namespace: props.namespace, disableResourceNameHashes: true });
        this.appName = props.appName;
        this.appDirectory = `${props.flux?.appsPath ?? 'kubernetes/apps'}/${props.namespace}/${props.appName}`;
        this.sopsSecretWarning = sopsSecretMoveWarning(props.flux, props.namespace, props.appName);
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
/** The SOPS Secret warnings of every Flux app chart of an app, in chart order. */
function sopsSecretWarnings(charts) {
    return movedFluxApps(charts).map((c) => c.sopsSecretWarning);
}
/** The Flux app charts a parent's `namespace:` moves away from their SOPS Secret. */
function movedFluxApps(charts) {
    return charts.filter((c) => c instanceof FluxAppChart).filter((c) => c.sopsSecretWarning !== undefined);
}
