import { ContainerValues, EnvVar, VolumeValues } from '../flux/langfuse-values';
import { MonitoringOptions, TracingOptions } from '../langfuse-chart-props';
/** `service.name` of the web container's traces (Langfuse's default `web` collides across apps in Tempo). */
export declare const WEB_OTEL_SERVICE_NAME = "langfuse-web";
/** `service.name` of the worker container's traces (Langfuse's default is `worker`). */
export declare const WORKER_OTEL_SERVICE_NAME = "langfuse-worker";
/** Langfuse's default trace sampling ratio here. */
export declare const DEFAULT_TRACE_SAMPLING_RATIO = 0.1;
/** The chart values that metrics and tracing add, by where the pinned chart reads them. */
export interface LangfuseTelemetryValues {
    /** `langfuse.additionalEnv`: both containers. */
    readonly commonEnv: readonly EnvVar[];
    /** `langfuse.web.pod.additionalEnv`. */
    readonly webEnv: readonly EnvVar[];
    /** `langfuse.worker.pod.additionalEnv`. */
    readonly workerEnv: readonly EnvVar[];
    /** `langfuse.extraVolumes`. */
    readonly extraVolumes?: readonly VolumeValues[];
    /** `langfuse.web.pod.extraContainers` and `langfuse.worker.pod.extraContainers`. */
    readonly sidecars?: readonly ContainerValues[];
    /** `langfuse.web.pod.annotations`. */
    readonly webPodAnnotations?: Readonly<Record<string, string>>;
    /** `langfuse.worker.pod.annotations`. */
    readonly workerPodAnnotations?: Readonly<Record<string, string>>;
}
/** What `langfuseTelemetryValues` reads. */
export interface LangfuseTelemetryOptions {
    /** Helm release; names the mapping ConfigMap. */
    readonly release: string;
    /** Metrics on. @default false */
    readonly monitoring?: boolean;
    /** @default - the pinned statsd-exporter image */
    readonly monitoringOptions?: MonitoringOptions;
    /** @default - no self-tracing */
    readonly tracing?: TracingOptions;
}
/**
 * Metrics and self-tracing for the pinned chart, through the only keys it has for them
 * (additionalEnv lists, extraContainers, extraVolumes, pod annotations: it has no otel,
 * serviceMonitor or metrics key).
 *
 * Tracing: `OTEL_EXPORTER_OTLP_ENDPOINT` for both containers, a distinct `OTEL_SERVICE_NAME` each,
 * `OTEL_TRACE_SAMPLING_RATIO` on web (Langfuse's own TraceIdRatioBasedSampler) and the standard
 * `OTEL_TRACES_SAMPLER=parentbased_traceidratio` + `OTEL_TRACES_SAMPLER_ARG` on the worker, whose
 * NodeSDK has no explicit sampler and reads them.
 *
 * Metrics: a statsd-exporter sidecar in both pods, the mapping volume, dd-trace pointed at it, the
 * mapping's checksum as a pod annotation so a new mapping restarts the pods, and the app container
 * as the pods' default container.
 */
export declare function langfuseTelemetryValues(options: LangfuseTelemetryOptions): LangfuseTelemetryValues;
