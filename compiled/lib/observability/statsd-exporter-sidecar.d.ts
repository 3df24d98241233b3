import { ContainerValues, EnvVar, VolumeValues } from '../flux/langfuse-values';
/**
 * The pinned statsd_exporter image.
 * @see https://github.com/prometheus/statsd_exporter/releases
 */
export declare const STATSD_EXPORTER_IMAGE = "prom/statsd-exporter:v0.28.0";
/** UDP port the sidecar receives DogStatsD on (dd-trace's default DogStatsD port). */
export declare const STATSD_PORT = 8125;
/** HTTP port the sidecar serves `/metrics` on (statsd_exporter's default). */
export declare const STATSD_EXPORTER_METRICS_PORT = 9102;
/** Name of the metrics container port; PodMonitors select it. At most 15 characters. */
export declare const STATSD_EXPORTER_METRICS_PORT_NAME = "statsd-metrics";
/** Name of the sidecar container. */
export declare const STATSD_EXPORTER_CONTAINER_NAME = "statsd-exporter";
/** Key of the mapping file in its ConfigMap. */
export declare const STATSD_MAPPING_FILE = "mapping.yaml";
/** The ConfigMap that holds the mapping of a release. */
export declare function statsdMappingConfigMapName(release: string): string;
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
export declare function statsdExporterSidecar(options: StatsdExporterSidecarOptions): StatsdExporterSidecar;
/** Throws unless an image reference carries a version tag or a digest other than `latest`. */
export declare function assertPinnedImage(image: string): void;
