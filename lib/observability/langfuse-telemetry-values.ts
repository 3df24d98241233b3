import { ContainerValues, EnvVar, VolumeValues } from '../flux/langfuse-values';
import { withoutUserinfo } from '../formats/endpoint-url';
import { MonitoringOptions, TracingOptions } from '../langfuse-chart-props';
import { otlpEndpointProblem } from './otlp-endpoint';
import { statsdExporterSidecar, statsdMappingConfigMapName } from './statsd-exporter-sidecar';
import { statsdMappingChecksum } from './statsd-mapping';

/** `service.name` of the web container's traces (Langfuse's default `web` collides across apps in Tempo). */
export const WEB_OTEL_SERVICE_NAME = 'langfuse-web';

/** `service.name` of the worker container's traces (Langfuse's default is `worker`). */
export const WORKER_OTEL_SERVICE_NAME = 'langfuse-worker';

/**
 * The chart lists extraContainers before its own container, so without this annotation
 * `kubectl logs` and `kubectl exec` would pick the sidecar. The chart names its containers
 * `<chart name>-web` and `<chart name>-worker`.
 */
const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** Langfuse's default trace sampling ratio here. */
export const DEFAULT_TRACE_SAMPLING_RATIO = 0.1;

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

const env = (name: string, value: string | number): EnvVar => ({ name, value: String(value) });

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
export function langfuseTelemetryValues(options: LangfuseTelemetryOptions): LangfuseTelemetryValues {
  const commonEnv: EnvVar[] = [];
  const webEnv: EnvVar[] = [];
  const workerEnv: EnvVar[] = [];
  const tracing = options.tracing;
  if (tracing) {
    const problem = otlpEndpointProblem(tracing.otlpEndpoint);
    if (problem) throw new Error(`otlp endpoint "${withoutUserinfo(tracing.otlpEndpoint)}" ${problem}`);
    const ratio = tracing.samplingRatio ?? DEFAULT_TRACE_SAMPLING_RATIO;
    if (!(ratio > 0 && ratio <= 1)) throw new Error(`trace sampling ratio must be greater than 0 and at most 1 (got ${ratio})`);
    commonEnv.push(env('OTEL_EXPORTER_OTLP_ENDPOINT', tracing.otlpEndpoint));
    webEnv.push(env('OTEL_SERVICE_NAME', WEB_OTEL_SERVICE_NAME), env('OTEL_TRACE_SAMPLING_RATIO', ratio));
    workerEnv.push(
      env('OTEL_SERVICE_NAME', WORKER_OTEL_SERVICE_NAME),
      env('OTEL_TRACES_SAMPLER', 'parentbased_traceidratio'),
      env('OTEL_TRACES_SAMPLER_ARG', ratio),
    );
  }
  if (!options.monitoring) return { commonEnv, webEnv, workerEnv };

  const sidecar = statsdExporterSidecar({
    configMapName: statsdMappingConfigMapName(options.release),
    image: options.monitoringOptions?.statsdExporterImage,
  });
  commonEnv.push(...sidecar.env);
  const annotations = { 'checksum/statsd-mapping': statsdMappingChecksum() };
  return {
    commonEnv,
    webEnv,
    workerEnv,
    extraVolumes: [sidecar.volume],
    sidecars: [sidecar.container],
    webPodAnnotations: { ...annotations, [DEFAULT_CONTAINER_ANNOTATION]: 'langfuse-web' },
    workerPodAnnotations: { ...annotations, [DEFAULT_CONTAINER_ANNOTATION]: 'langfuse-worker' },
  };
}
