"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_TRACE_SAMPLING_RATIO = exports.WORKER_OTEL_SERVICE_NAME = exports.WEB_OTEL_SERVICE_NAME = void 0;
exports.langfuseTelemetryValues = langfuseTelemetryValues;
const endpoint_url_1 = require("../formats/endpoint-url");
const otlp_endpoint_1 = require("./otlp-endpoint");
const statsd_exporter_sidecar_1 = require("./statsd-exporter-sidecar");
const statsd_mapping_1 = require("./statsd-mapping");
/** `service.name` of the web container's traces (Langfuse's default `web` collides across apps in Tempo). */
exports.WEB_OTEL_SERVICE_NAME = 'langfuse-web';
/** `service.name` of the worker container's traces (Langfuse's default is `worker`). */
exports.WORKER_OTEL_SERVICE_NAME = 'langfuse-worker';
/**
 * The chart lists extraContainers before its own container, so without this annotation
 * `kubectl logs` and `kubectl exec` would pick the sidecar. The chart names its containers
 * `<chart name>-web` and `<chart name>-worker`.
 */
const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';
/** Langfuse's default trace sampling ratio here. */
exports.DEFAULT_TRACE_SAMPLING_RATIO = 0.1;
const env = (name, value) => ({ name, value: String(value) });
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
function langfuseTelemetryValues(options) {
    const commonEnv = [];
    const webEnv = [];
    const workerEnv = [];
    const tracing = options.tracing;
    if (tracing) {
        const problem = (0, otlp_endpoint_1.otlpEndpointProblem)(tracing.otlpEndpoint);
        if (problem)
            throw new Error(`otlp endpoint "${(0, endpoint_url_1.withoutUserinfo)(tracing.otlpEndpoint)}" ${problem}`);
        const ratio = tracing.samplingRatio ?? exports.DEFAULT_TRACE_SAMPLING_RATIO;
        if (!(ratio > 0 && ratio <= 1))
            throw new Error(`trace sampling ratio must be greater than 0 and at most 1 (got ${ratio})`);
        commonEnv.push(env('OTEL_EXPORTER_OTLP_ENDPOINT', tracing.otlpEndpoint));
        webEnv.push(env('OTEL_SERVICE_NAME', exports.WEB_OTEL_SERVICE_NAME), env('OTEL_TRACE_SAMPLING_RATIO', ratio));
        workerEnv.push(env('OTEL_SERVICE_NAME', exports.WORKER_OTEL_SERVICE_NAME), env('OTEL_TRACES_SAMPLER', 'parentbased_traceidratio'), env('OTEL_TRACES_SAMPLER_ARG', ratio));
    }
    if (!options.monitoring)
        return { commonEnv, webEnv, workerEnv };
    const sidecar = (0, statsd_exporter_sidecar_1.statsdExporterSidecar)({
        configMapName: (0, statsd_exporter_sidecar_1.statsdMappingConfigMapName)(options.release),
        image: options.monitoringOptions?.statsdExporterImage,
    });
    commonEnv.push(...sidecar.env);
    const annotations = { 'checksum/statsd-mapping': (0, statsd_mapping_1.statsdMappingChecksum)() };
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
