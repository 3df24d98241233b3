"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FluxKustomization = void 0;
exports.goDuration = goDuration;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const kustomize_toolkit_fluxcd_io_1 = require("../../imports/kustomize.toolkit.fluxcd.io");
const file_placement_1 = require("../output/file-placement");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/**
 * A Flux `Kustomization` (written to the app folder's ks.yaml) that applies one app folder, with
 * pruning, SOPS decryption, dependencies and health checks.
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/
 */
class FluxKustomization extends constructs_1.Construct {
    name;
    namespace;
    /** The Kustomizations it waits for. */
    dependsOn;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('flux kustomization name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkOptionalProps)([[`flux kustomization ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)()]]);
        this.name = props.name;
        this.namespace = props.namespace ?? 'flux-system';
        this.dependsOn = (props.dependsOn ?? []).map((d) => ({ ...d }));
        const healthChecks = props.healthChecks ?? [];
        const sopsSecretName = props.sopsSecretName ?? 'sops-age';
        const resource = new kustomize_toolkit_fluxcd_io_1.Kustomization(this, 'Resource', {
            metadata: { name: this.name, namespace: this.namespace, annotations: props.annotations ? { ...props.annotations } : undefined },
            spec: {
                interval: goDuration(props.interval ?? cdk8s_1.Duration.hours(1)),
                retryInterval: goDuration(props.retryInterval ?? cdk8s_1.Duration.seconds(30)),
                timeout: goDuration(props.timeout ?? cdk8s_1.Duration.minutes(15)),
                path: props.path,
                targetNamespace: props.targetNamespace,
                sourceRef: { kind: kustomize_toolkit_fluxcd_io_1.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: props.sourceName ?? 'flux-system', namespace: 'flux-system' },
                prune: true,
                wait: healthChecks.length === 0,
                healthChecks: healthChecks.length > 0 ? healthChecks.map((h) => ({ ...h })) : undefined,
                healthCheckExprs: props.healthCheckExprs?.map((e) => ({ ...e })),
                dependsOn: this.dependsOn.length > 0 ? this.dependsOn.map((d) => ({ ...d })) : undefined,
                decryption: {
                    provider: kustomize_toolkit_fluxcd_io_1.KustomizationSpecDecryptionProvider.SOPS,
                    secretRef: sopsSecretName ? { name: sopsSecretName } : undefined,
                },
            },
        });
        (0, file_placement_1.placeInFile)(resource, file_placement_1.KS_FILE);
    }
}
exports.FluxKustomization = FluxKustomization;
/** A cdk8s Duration as a Go duration string (`15m`, `30s`, `1h`). */
function goDuration(d) {
    const seconds = d.toSeconds();
    if (seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds % 60 === 0)
        return `${seconds / 60}m`;
    return `${seconds}s`;
}
