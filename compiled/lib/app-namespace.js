"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppNamespace = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const prune_protection_1 = require("./flux/prune-protection");
const file_placement_1 = require("./output/file-placement");
const fields_1 = require("./config/fields");
const prop_checks_1 = require("./prop-checks");
/**
 * The app's Namespace. Flux never prunes it: deleting the app must not take the database volumes
 * with it.
 */
class AppNamespace extends constructs_1.Construct {
    name;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('app namespace name', props.name, (0, fields_1.dnsLabel)());
        this.name = props.name;
        const ns = new cdk8s_plus_28_1.k8s.KubeNamespace(this, 'Resource', {
            metadata: {
                name: props.name,
                annotations: { ...prune_protection_1.PRUNE_DISABLED },
                labels: {
                    'kubernetes.io/metadata.name': props.name,
                    'pod-security.kubernetes.io/enforce': props.enforce ?? 'baseline',
                    'pod-security.kubernetes.io/audit': 'restricted',
                    'pod-security.kubernetes.io/warn': 'restricted',
                },
            },
        });
        // The chart's namespace is stamped on every object, this cluster-scoped one included.
        ns.addJsonPatch(cdk8s_1.JsonPatch.remove('/metadata/namespace'));
        (0, file_placement_1.placeInFile)(ns, 'namespace.yaml');
    }
}
exports.AppNamespace = AppNamespace;
