/**
 * The derived variables of the reference deployment's plugin.py, as pure functions. Each is used
 * once, by `toChartProps`, so that constructs receive effective values and never recompute a gate.
 */
/** `<subdomain>.<domain>`, the public host of Langfuse. */
export declare function langfuseHostname(subdomain: string, domain: string): string;
/** `https://<hostname>`: NEXTAUTH_URL and the base of every SSO redirect. */
export declare function langfuseUrl(hostname: string): string;
/** The subdomain Keycloak defaults to, defined once (the reference used "auth" in one place and "sso" in another). */
export declare const DEFAULT_KEYCLOAK_SUBDOMAIN = "auth";
/** `<keycloak_subdomain>.<domain>`. */
export declare function keycloakHostname(subdomain: string, domain: string): string;
/** The browser-facing issuer, which is also the `iss` claim in tokens. */
export declare function keycloakIssuerUrl(hostname: string, realm: string): string;
/** Where Keycloak is reached inside the cluster. */
export interface KeycloakService {
    readonly name: string;
    readonly namespace: string;
    readonly port: number;
}
/** The Keycloak operator's Service in the identity namespace. */
export declare const KEYCLOAK_SERVICE: KeycloakService;
/**
 * The in-cluster issuer Langfuse talks to (no hairpin through the gateway). It relies on Keycloak's
 * `hostname.backchannelDynamic: true`, so tokens still carry the public issuer.
 */
export declare function keycloakInternalIssuerUrl(realm: string, service?: KeycloakService): string;
/** Keycloak's in-cluster base URL (no realm), for service-account clients. */
export declare function keycloakInternalUrl(service?: KeycloakService): string;
/** SSO is on when Keycloak is installed and Langfuse asks for it (the client secret is then required by validation). */
export declare function ssoEnabled(keycloakEnabled: boolean, langfuseSsoEnabled: boolean): boolean;
/** Monitoring is on when the cluster has it and Langfuse asks for it. */
export declare function monitoringEnabled(clusterMonitoring: boolean, langfuseMonitoring: boolean): boolean;
/** Tracing is on when the cluster has Tempo and Langfuse asks for it. */
export declare function tracingEnabled(clusterTracing: boolean, langfuseTracing: boolean): boolean;
/** S3 credentials as a pair. */
export interface S3Credentials {
    readonly accessKey: string;
    readonly secretKey: string;
}
/**
 * The credentials backups really use: the backup pair, each half falling back to the main S3 key.
 * Undefined when either half is missing.
 */
export declare function backupCredentials(backup: Partial<S3Credentials>, main: Partial<S3Credentials>): S3Credentials | undefined;
/**
 * Backups are on when RustFS is on, the flag is on, and the credentials the backup actually uses
 * exist (the reference checked the main S3 keys instead).
 */
export declare function backupEnabled(rustfsEnabled: boolean, flag: boolean, credentials: S3Credentials | undefined): boolean;
/** The storage class chain `cnpg_storage_class → storage_class → "local-path"`. */
export declare function storageClass(cnpgStorageClass: string | undefined, fallback: string | undefined): string;
/** Network policies deny by default only in enforce mode. */
export declare function networkPoliciesEnforce(mode: 'audit' | 'enforce'): boolean;
/** A cluster-internal DNS name of a Service. */
export declare function serviceDns(name: string, namespace: string): string;
