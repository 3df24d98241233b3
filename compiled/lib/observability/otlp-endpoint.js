"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OTLP_HTTP_PORT = exports.OTLP_GRPC_PORT = void 0;
exports.otlpEndpointProblem = otlpEndpointProblem;
/** The OTLP port of gRPC, which Langfuse's OTLP/HTTP (protobuf) exporter cannot talk to. */
exports.OTLP_GRPC_PORT = 4317;
/** The OTLP/HTTP port. */
exports.OTLP_HTTP_PORT = 4318;
/**
 * What is wrong with an OTLP endpoint for Langfuse, or undefined when it is usable.
 *
 * Langfuse exports traces with `@opentelemetry/exporter-trace-otlp-proto` to
 * `${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`, so the value must be the OTLP/HTTP base URL: a
 * gRPC port (4317), any path (such as `/v1/traces`) or a trailing slash all lose every trace
 * without an error anywhere.
 *
 * @param url the candidate `OTEL_EXPORTER_OTLP_ENDPOINT`
 */
function otlpEndpointProblem(url) {
    const match = /^(https?):\/\/([^/?#\s:]+|\[[0-9a-fA-F:]+\])(?::(\d+))?(.*)$/.exec(url);
    if (!match)
        return `must be an http:// or https:// base URL like "http://tempo.monitoring.svc.cluster.local:${exports.OTLP_HTTP_PORT}"`;
    const [, , , port, rest] = match;
    if (rest === '/')
        return 'must not end with "/": Langfuse appends "/v1/traces" itself';
    if (rest !== '') {
        return `must have no path, query or fragment (got "${rest}"): Langfuse appends "/v1/traces" itself`;
    }
    if (port !== undefined && Number(port) === exports.OTLP_GRPC_PORT) {
        return `must not use port ${exports.OTLP_GRPC_PORT} (OTLP/gRPC): Langfuse exports OTLP/HTTP, use port ${exports.OTLP_HTTP_PORT}`;
    }
    return undefined;
}
