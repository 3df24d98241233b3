/**
 * The derived variables of the reference deployment's plugin.py, as pure functions. Each is used
 * once, by `toChartProps`, so that constructs receive effective values and never recompute a gate.
 */

/** `<subdomain>.<domain>`, the public host of Langfuse. */
export function langfuseHostname(subdomain: string, domain: string): string {
  return `${subdomain}.${domain}`;
}

/** `https://<hostname>`: NEXTAUTH_URL and the base of every SSO redirect. */
export function langfuseUrl(hostname: string): string {
  return `https://${hostname}`;
}

/** The subdomain Keycloak defaults to, defined once (the reference used "auth" in one place and "sso" in another). */
export const DEFAULT_KEYCLOAK_SUBDOMAIN = 'auth';

/** `<keycloak_subdomain>.<domain>`. */
export function keycloakHostname(subdomain: string, domain: string): string {
  return `${subdomain}.${domain}`;
}

/** The browser-facing issuer, which is also the `iss` claim in tokens. */
export function keycloakIssuerUrl(hostname: string, realm: string): string {
  return `https://${hostname}/realms/${realm}`;
}

/** Where Keycloak is reached inside the cluster. */
export interface KeycloakService {
  readonly name: string;
  readonly namespace: string;
  readonly port: number;
}

/** The Keycloak operator's Service in the identity namespace. */
export const KEYCLOAK_SERVICE: KeycloakService = { name: 'keycloak-service', namespace: 'identity', port: 8080 };

/**
 * The in-cluster issuer Langfuse talks to (no hairpin through the gateway). It relies on Keycloak's
 * `hostname.backchannelDynamic: true`, so tokens still carry the public issuer.
 */
export function keycloakInternalIssuerUrl(realm: string, service: KeycloakService = KEYCLOAK_SERVICE): string {
  return `${keycloakInternalUrl(service)}/realms/${realm}`;
}

/** Keycloak's in-cluster base URL (no realm), for service-account clients. */
export function keycloakInternalUrl(service: KeycloakService = KEYCLOAK_SERVICE): string {
  return `http://${service.name}.${service.namespace}.svc.cluster.local:${service.port}`;
}

/** SSO is on when Keycloak is installed and Langfuse asks for it (the client secret is then required by validation). */
export function ssoEnabled(keycloakEnabled: boolean, langfuseSsoEnabled: boolean): boolean {
  return keycloakEnabled && langfuseSsoEnabled;
}

/** Monitoring is on when the cluster has it and Langfuse asks for it. */
export function monitoringEnabled(clusterMonitoring: boolean, langfuseMonitoring: boolean): boolean {
  return clusterMonitoring && langfuseMonitoring;
}

/** Tracing is on when the cluster has Tempo and Langfuse asks for it. */
export function tracingEnabled(clusterTracing: boolean, langfuseTracing: boolean): boolean {
  return clusterTracing && langfuseTracing;
}

/** S3 credentials as a pair. */
export interface S3Credentials {
  readonly accessKey: string;
  readonly secretKey: string;
}

/**
 * The credentials backups really use: the backup pair, each half falling back to the main S3 key.
 * Undefined when either half is missing.
 */
export function backupCredentials(
  backup: Partial<S3Credentials>, main: Partial<S3Credentials>,
): S3Credentials | undefined {
  const accessKey = backup.accessKey ?? main.accessKey;
  const secretKey = backup.secretKey ?? main.secretKey;
  return accessKey !== undefined && secretKey !== undefined ? { accessKey, secretKey } : undefined;
}

/**
 * Backups are on when RustFS is on, the flag is on, and the credentials the backup actually uses
 * exist (the reference checked the main S3 keys instead).
 */
export function backupEnabled(rustfsEnabled: boolean, flag: boolean, credentials: S3Credentials | undefined): boolean {
  return rustfsEnabled && flag && credentials !== undefined;
}

/** The storage class chain `cnpg_storage_class → storage_class → "local-path"`. */
export function storageClass(cnpgStorageClass: string | undefined, fallback: string | undefined): string {
  return cnpgStorageClass ?? fallback ?? 'local-path';
}

/** Network policies deny by default only in enforce mode. */
export function networkPoliciesEnforce(mode: 'audit' | 'enforce'): boolean {
  return mode === 'enforce';
}

/** A cluster-internal DNS name of a Service. */
export function serviceDns(name: string, namespace: string): string {
  return `${name}.${namespace}.svc.cluster.local`;
}
