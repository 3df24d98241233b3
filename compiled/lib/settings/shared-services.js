"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHARED_SERVICES = exports.MONITORING_NAMESPACE = exports.KEYCLOAK = exports.RUSTFS = exports.DRAGONFLY = exports.CNPG_OPERATOR = void 0;
exports.fluxDependencyOf = fluxDependencyOf;
const derive_1 = require("./derive");
/** The CloudNativePG operator. */
exports.CNPG_OPERATOR = { kustomization: 'cloudnative-pg', namespace: 'cnpg-system' };
/** The shared Dragonfly. */
exports.DRAGONFLY = { kustomization: 'dragonfly', namespace: 'cache' };
/** The shared RustFS (S3). */
exports.RUSTFS = { kustomization: 'rustfs', namespace: 'storage' };
/** Keycloak (the operator's Keycloak CR). */
exports.KEYCLOAK = { kustomization: 'keycloak', namespace: derive_1.KEYCLOAK_SERVICE.namespace };
/** Prometheus, Grafana and Tempo. */
exports.MONITORING_NAMESPACE = 'monitoring';
/** Every shared service with a Kustomization of its own. */
exports.SHARED_SERVICES = [exports.CNPG_OPERATOR, exports.DRAGONFLY, exports.RUSTFS, exports.KEYCLOAK];
/** A shared service as a Flux `dependsOn` entry. */
function fluxDependencyOf(service, namespace = service.namespace) {
    return { name: service.kustomization, namespace };
}
