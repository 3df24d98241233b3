/** The OTLP port of gRPC, which Langfuse's OTLP/HTTP (protobuf) exporter cannot talk to. */
export declare const OTLP_GRPC_PORT = 4317;
/** The OTLP/HTTP port. */
export declare const OTLP_HTTP_PORT = 4318;
/**
 * What is wrong with an OTLP endpoint for Langfuse, or undefined when it is usable. The value is
 * parsed (WHATWG `URL`), and the message never repeats any part of it: it may carry a password.
 *
 * Langfuse exports traces with `@opentelemetry/exporter-trace-otlp-proto` to
 * `${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces`, so the value must be the OTLP/HTTP base URL: a
 * gRPC port (4317), any path (such as `/v1/traces`) or a trailing slash all lose every trace
 * without an error anywhere.
 *
 * @param value the candidate `OTEL_EXPORTER_OTLP_ENDPOINT`
 */
export declare function otlpEndpointProblem(value: string): string | undefined;
