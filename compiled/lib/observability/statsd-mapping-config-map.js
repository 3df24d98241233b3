"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatsdMappingConfigMap = void 0;
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const file_placement_1 = require("../output/file-placement");
const statsd_exporter_sidecar_1 = require("./statsd-exporter-sidecar");
const statsd_mapping_1 = require("./statsd-mapping");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/**
 * The ConfigMap with the statsd_exporter mapping (`mapping.yaml`) that the statsd-exporter
 * sidecars of web and worker mount. The exporter reads it at start only; the pods carry its
 * checksum as an annotation, so a changed mapping rolls them.
 */
class StatsdMappingConfigMap extends constructs_1.Construct {
    name;
    /** SHA-256 of the mapping. */
    checksum;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('statsd mapping config map name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)(`statsd mapping config map ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
        this.name = props.name;
        this.checksum = (0, statsd_mapping_1.statsdMappingChecksum)();
        const configMap = new cdk8s_plus_28_1.k8s.KubeConfigMap(this, 'Resource', {
            metadata: {
                name: props.name,
                namespace: props.namespace,
                labels: { 'app.kubernetes.io/name': 'statsd-exporter', 'app.kubernetes.io/part-of': 'langfuse' },
            },
            data: { [statsd_exporter_sidecar_1.STATSD_MAPPING_FILE]: (0, statsd_mapping_1.renderStatsdMapping)() },
        });
        (0, file_placement_1.placeInFile)(configMap, 'statsd-exporter-configmap.yaml');
    }
}
exports.StatsdMappingConfigMap = StatsdMappingConfigMap;
