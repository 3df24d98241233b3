/** The OTLP port of gRPC, which Langfuse's OTLP/HTTP (protobuf) exporter cannot talk to. */
export const OTLP_GRPC_PORT = 4317;

/** The OTLP/HTTP port. */
export const OTLP_HTTP_PORT = 4318;

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
export function otlpEndpointProblem(value: string): string | undefined {
  const example = `"http://tempo.monitoring.svc.cluster.local:${OTLP_HTTP_PORT}"`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be an http:// or https:// base URL like ${example}`;
  }
  if (!['http:', 'https:'].includes(url.protocol) || !value.startsWith(`${url.protocol}//`)) return `must be an http:// or https:// base URL like ${example}`;
  if (url.username !== '' || url.password !== '' || value.includes('@')) {
    return 'must not contain a user name or password ("user:password@"): Langfuse sends no credentials to the OTLP endpoint';
  }
  const extra = url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#');
  if (url.pathname === '/' && !extra && value.endsWith('/')) return 'must not end with "/": Langfuse appends "/v1/traces" itself';
  if (url.pathname !== '/' || extra) {
    const traces = /\/v1\/traces\/?$/.test(url.pathname) ? ' (drop "/v1/traces")' : '';
    return `must have no path, query or fragment${traces}: Langfuse appends "/v1/traces" itself`;
  }
  if (Number(url.port) === OTLP_GRPC_PORT) {
    return `must not use port ${OTLP_GRPC_PORT} (OTLP/gRPC): Langfuse exports OTLP/HTTP, use port ${OTLP_HTTP_PORT}`;
  }
  return undefined;
}
