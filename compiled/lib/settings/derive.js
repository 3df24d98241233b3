"use strict";
/**
 * The derived variables of the reference deployment's plugin.py, as pure functions. Each is used
 * once, by `toChartProps`, so that constructs receive effective values and never recompute a gate.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEYCLOAK_SERVICE = exports.DEFAULT_KEYCLOAK_SUBDOMAIN = void 0;
exports.langfuseHostname = langfuseHostname;
exports.langfuseUrl = langfuseUrl;
exports.keycloakHostname = keycloakHostname;
exports.keycloakIssuerUrl = keycloakIssuerUrl;
exports.keycloakInternalIssuerUrl = keycloakInternalIssuerUrl;
exports.keycloakInternalUrl = keycloakInternalUrl;
exports.ssoEnabled = ssoEnabled;
exports.monitoringEnabled = monitoringEnabled;
exports.tracingEnabled = tracingEnabled;
exports.backupCredentials = backupCredentials;
exports.backupEnabled = backupEnabled;
exports.storageClass = storageClass;
exports.networkPoliciesEnforce = networkPoliciesEnforce;
exports.serviceDns = serviceDns;
/** `<subdomain>.<domain>`, the public host of Langfuse. */
function langfuseHostname(subdomain, domain) {
    return `${subdomain}.${domain}`;
}
/** `https://<hostname>`: NEXTAUTH_URL and the base of every SSO redirect. */
function langfuseUrl(hostname) {
    return `https://${hostname}`;
}
/** The subdomain Keycloak defaults to, defined once (the reference used "auth" in one place and "sso" in another). */
exports.DEFAULT_KEYCLOAK_SUBDOMAIN = 'auth';
/** `<keycloak_subdomain>.<domain>`. */
function keycloakHostname(subdomain, domain) {
    return `${subdomain}.${domain}`;
}
/** The browser-facing issuer, which is also the `iss` claim in tokens. */
function keycloakIssuerUrl(hostname, realm) {
    return `https://${hostname}/realms/${realm}`;
}
/** The Keycloak operator's Service in the identity namespace. */
exports.KEYCLOAK_SERVICE = { name: 'keycloak-service', namespace: 'identity', port: 8080 };
/**
 * The in-cluster issuer Langfuse talks to (no hairpin through the gateway). It relies on Keycloak's
 * `hostname.backchannelDynamic: true`, so tokens still carry the public issuer.
 */
function keycloakInternalIssuerUrl(realm, service = exports.KEYCLOAK_SERVICE) {
    return `${keycloakInternalUrl(service)}/realms/${realm}`;
}
/** Keycloak's in-cluster base URL (no realm), for service-account clients. */
function keycloakInternalUrl(service = exports.KEYCLOAK_SERVICE) {
    return `http://${service.name}.${service.namespace}.svc.cluster.local:${service.port}`;
}
/** SSO is on when Keycloak is installed and Langfuse asks for it (the client secret is then required by validation). */
function ssoEnabled(keycloakEnabled, langfuseSsoEnabled) {
    return keycloakEnabled && langfuseSsoEnabled;
}
/** Monitoring is on when the cluster has it and Langfuse asks for it. */
function monitoringEnabled(clusterMonitoring, langfuseMonitoring) {
    return clusterMonitoring && langfuseMonitoring;
}
/** Tracing is on when the cluster has Tempo and Langfuse asks for it. */
function tracingEnabled(clusterTracing, langfuseTracing) {
    return clusterTracing && langfuseTracing;
}
/**
 * The credentials backups really use: the backup pair, each half falling back to the main S3 key.
 * Undefined when either half is missing.
 */
function backupCredentials(backup, main) {
    const accessKey = backup.accessKey ?? main.accessKey;
    const secretKey = backup.secretKey ?? main.secretKey;
    return accessKey !== undefined && secretKey !== undefined ? { accessKey, secretKey } : undefined;
}
/**
 * Backups are on when RustFS is on, the flag is on, and the credentials the backup actually uses
 * exist (the reference checked the main S3 keys instead).
 */
function backupEnabled(rustfsEnabled, flag, credentials) {
    return rustfsEnabled && flag && credentials !== undefined;
}
/** The storage class chain `cnpg_storage_class → storage_class → "local-path"`. */
function storageClass(cnpgStorageClass, fallback) {
    return cnpgStorageClass ?? fallback ?? 'local-path';
}
/** Network policies deny by default only in enforce mode. */
function networkPoliciesEnforce(mode) {
    return mode === 'enforce';
}
/** A cluster-internal DNS name of a Service. */
function serviceDns(name, namespace) {
    return `${name}.${namespace}.svc.cluster.local`;
}
