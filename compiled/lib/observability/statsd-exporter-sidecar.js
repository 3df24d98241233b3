"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATSD_MAPPING_FILE = exports.STATSD_EXPORTER_CONTAINER_NAME = exports.STATSD_EXPORTER_METRICS_PORT_NAME = exports.STATSD_EXPORTER_METRICS_PORT = exports.STATSD_PORT = exports.STATSD_EXPORTER_IMAGE = void 0;
exports.statsdMappingConfigMapName = statsdMappingConfigMapName;
exports.statsdExporterSidecar = statsdExporterSidecar;
exports.assertPinnedImage = assertPinnedImage;
const image_reference_1 = require("../formats/image-reference");
/**
 * The pinned statsd_exporter image.
 * @see https://github.com/prometheus/statsd_exporter/releases
 */
exports.STATSD_EXPORTER_IMAGE = 'prom/statsd-exporter:v0.28.0';
/** UDP port the sidecar receives DogStatsD on (dd-trace's default DogStatsD port). */
exports.STATSD_PORT = 8125;
/** HTTP port the sidecar serves `/metrics` on (statsd_exporter's default). */
exports.STATSD_EXPORTER_METRICS_PORT = 9102;
/** Name of the metrics container port; PodMonitors select it. At most 15 characters. */
exports.STATSD_EXPORTER_METRICS_PORT_NAME = 'statsd-metrics';
/** Name of the sidecar container. */
exports.STATSD_EXPORTER_CONTAINER_NAME = 'statsd-exporter';
/** Key of the mapping file in its ConfigMap. */
exports.STATSD_MAPPING_FILE = 'mapping.yaml';
const MAPPING_VOLUME = 'statsd-exporter-mapping';
const MAPPING_DIR = '/etc/statsd-exporter';
/** The ConfigMap that holds the mapping of a release. */
function statsdMappingConfigMapName(release) {
    return `${release}-statsd-mapping`;
}
/**
 * A prom/statsd-exporter sidecar for a Langfuse pod: receives DogStatsD on UDP 8125 from the app in
 * the same pod and serves Prometheus metrics on 9102, translated by the mapping ConfigMap.
 * It has no readiness probe on purpose: a sidecar that is not ready would take the web pod out of
 * its Service.
 * @see https://github.com/prometheus/statsd_exporter
 */
function statsdExporterSidecar(options) {
    const image = options.image ?? exports.STATSD_EXPORTER_IMAGE;
    assertPinnedImage(image);
    return {
        container: {
            name: exports.STATSD_EXPORTER_CONTAINER_NAME,
            image,
            imagePullPolicy: 'IfNotPresent',
            args: [
                `--statsd.mapping-config=${MAPPING_DIR}/${exports.STATSD_MAPPING_FILE}`,
                `--statsd.listen-udp=:${exports.STATSD_PORT}`,
                '--statsd.listen-tcp=',
                `--web.listen-address=:${exports.STATSD_EXPORTER_METRICS_PORT}`,
            ],
            ports: [
                { name: exports.STATSD_EXPORTER_METRICS_PORT_NAME, containerPort: exports.STATSD_EXPORTER_METRICS_PORT, protocol: 'TCP' },
                { name: 'statsd-udp', containerPort: exports.STATSD_PORT, protocol: 'UDP' },
            ],
            volumeMounts: [{ name: MAPPING_VOLUME, mountPath: MAPPING_DIR, readOnly: true }],
            resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } },
            // The image's USER is the name "nobody"; runAsNonRoot needs the numeric id to verify it.
            securityContext: {
                runAsNonRoot: true,
                runAsUser: 65534,
                runAsGroup: 65534,
                readOnlyRootFilesystem: true,
                allowPrivilegeEscalation: false,
                capabilities: { drop: ['ALL'] },
                seccompProfile: { type: 'RuntimeDefault' },
            },
        },
        volume: { name: MAPPING_VOLUME, configMap: { name: options.configMapName } },
        env: [
            { name: 'DD_AGENT_HOST', value: '127.0.0.1' },
            { name: 'DD_DOGSTATSD_PORT', value: String(exports.STATSD_PORT) },
        ],
    };
}
/** Throws unless an image reference carries a version tag or a digest other than `latest`. */
function assertPinnedImage(image) {
    const problem = (0, image_reference_1.pinnedImageProblem)(image, exports.STATSD_EXPORTER_IMAGE);
    if (problem !== undefined)
        throw new Error(`image ${problem} (got "${image}")`);
}
