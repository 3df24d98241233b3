import { ContainerValues, EnvVar, VolumeValues } from '../flux/langfuse-values';
import { pinnedImageProblem } from '../formats/image-reference';

/**
 * The pinned statsd_exporter image.
 * @see https://github.com/prometheus/statsd_exporter/releases
 */
export const STATSD_EXPORTER_IMAGE = 'prom/statsd-exporter:v0.28.0';

/** UDP port the sidecar receives DogStatsD on (dd-trace's default DogStatsD port). */
export const STATSD_PORT = 8125;

/** HTTP port the sidecar serves `/metrics` on (statsd_exporter's default). */
export const STATSD_EXPORTER_METRICS_PORT = 9102;

/** Name of the metrics container port; PodMonitors select it. At most 15 characters. */
export const STATSD_EXPORTER_METRICS_PORT_NAME = 'statsd-metrics';

/** Name of the sidecar container. */
export const STATSD_EXPORTER_CONTAINER_NAME = 'statsd-exporter';

/** Key of the mapping file in its ConfigMap. */
export const STATSD_MAPPING_FILE = 'mapping.yaml';

const MAPPING_VOLUME = 'statsd-exporter-mapping';
const MAPPING_DIR = '/etc/statsd-exporter';

/** The ConfigMap that holds the mapping of a release. */
export function statsdMappingConfigMapName(release: string): string {
  return `${release}-statsd-mapping`;
}

/** Options of `statsdExporterSidecar`. */
export interface StatsdExporterSidecarOptions {
  /** ConfigMap with the mapping under `mapping.yaml`. */
  readonly configMapName: string;
  /**
   * A pinned image (a version tag or a digest, never `latest`).
   * @default STATSD_EXPORTER_IMAGE
   */
  readonly image?: string;
}

/** What a pod needs to run the sidecar: the container, the mapping volume and the app's DogStatsD target. */
export interface StatsdExporterSidecar {
  readonly container: ContainerValues;
  readonly volume: VolumeValues;
  /**
   * Points dd-trace's DogStatsD client at the sidecar. dd-trace sends to `DD_AGENT_HOST`
   * (default `localhost`) on `DD_DOGSTATSD_PORT` (default 8125) over UDP; 127.0.0.1 avoids a
   * `localhost` that resolves to ::1 where IPv6 is off.
   */
  readonly env: readonly EnvVar[];
}

/**
 * A prom/statsd-exporter sidecar for a Langfuse pod: receives DogStatsD on UDP 8125 from the app in
 * the same pod and serves Prometheus metrics on 9102, translated by the mapping ConfigMap.
 * It has no readiness probe on purpose: a sidecar that is not ready would take the web pod out of
 * its Service.
 * @see https://github.com/prometheus/statsd_exporter
 */
export function statsdExporterSidecar(options: StatsdExporterSidecarOptions): StatsdExporterSidecar {
  const image = options.image ?? STATSD_EXPORTER_IMAGE;
  assertPinnedImage(image);
  return {
    container: {
      name: STATSD_EXPORTER_CONTAINER_NAME,
      image,
      imagePullPolicy: 'IfNotPresent',
      args: [
        `--statsd.mapping-config=${MAPPING_DIR}/${STATSD_MAPPING_FILE}`,
        `--statsd.listen-udp=:${STATSD_PORT}`,
        '--statsd.listen-tcp=',
        `--web.listen-address=:${STATSD_EXPORTER_METRICS_PORT}`,
      ],
      ports: [
        { name: STATSD_EXPORTER_METRICS_PORT_NAME, containerPort: STATSD_EXPORTER_METRICS_PORT, protocol: 'TCP' },
        { name: 'statsd-udp', containerPort: STATSD_PORT, protocol: 'UDP' },
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
      { name: 'DD_DOGSTATSD_PORT', value: String(STATSD_PORT) },
    ],
  };
}

/** Throws unless an image reference carries a version tag or a digest other than `latest`. */
export function assertPinnedImage(image: string): void {
  const problem = pinnedImageProblem(image, STATSD_EXPORTER_IMAGE);
  if (problem !== undefined) throw new Error(`image ${problem} (got "${image}")`);
}
