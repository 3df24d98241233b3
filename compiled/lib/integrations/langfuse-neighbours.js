"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LANGFUSE_DRAGONFLY_COMMANDS = exports.SharedNeighbours = void 0;
exports.neighbourApps = neighbourApps;
exports.langfuseNeighbourDependencies = langfuseNeighbourDependencies;
exports.neighbourProps = neighbourProps;
exports.missingNeighbours = missingNeighbours;
exports.addLangfuseNeighbours = addLangfuseNeighbours;
const object_storage_1 = require("../backends/object-storage");
const redis_backend_1 = require("../backends/redis-backend");
const dragonfly_acl_1 = require("../cache/dragonfly-acl");
const flux_app_chart_1 = require("../flux/flux-app-chart");
const keycloak_client_1 = require("../identity/keycloak-client");
const keycloak_config_cli_job_1 = require("../identity/keycloak-config-cli-job");
const keycloak_service_account_client_1 = require("../identity/keycloak-service-account-client");
const langfuse_role_sync_1 = require("../identity/langfuse-role-sync");
const neighbour_access_1 = require("./neighbour-access");
const names_1 = require("../names");
const http_route_1 = require("../network/http-route");
const derive_1 = require("../settings/derive");
const shared_services_1 = require("../settings/shared-services");
const langfuse_llm_connection_1 = require("./langfuse-llm-connection");
const litellm_integration_1 = require("./litellm-integration");
/**
 * Flux app names of the folders around a Langfuse instance, each with its own ks.yaml; all but the
 * shared Dragonfly ACL carry the instance name, so several instances never collide.
 */
function neighbourApps(instanceName) {
    return {
        /** `acl.conf` Secret in Dragonfly's namespace, shared by every instance (one user each). */
        dragonflyAcl: 'dragonfly-acl',
        /** OIDC client in Keycloak's namespace. */
        keycloakClient: `${instanceName}-keycloak-client`,
        /** LiteLLM's Langfuse callback Secret and settings, in LiteLLM's namespace. */
        litellmIntegration: `litellm-${instanceName}`,
        /** The Job that upserts the LLM connection, after Langfuse is ready. */
        llmConnection: `${instanceName}-llm-connection`,
        /** The HTTPRoute, when it lives in another namespace than Langfuse. */
        route: `${instanceName}-route`,
        /** The bucket Job and the allow-only policy in RustFS's namespace. */
        rustfs: `${instanceName}-rustfs`,
        /** The allow-only policy in Dragonfly's namespace. */
        dragonfly: `${instanceName}-dragonfly`,
    };
}
/** What several instances share: one Dragonfly ACL file per Dragonfly namespace. */
class SharedNeighbours {
    acls = new Map();
    /** The ACL of a Dragonfly namespace, created (with its own Flux app) on first use. */
    dragonflyAcl(create, namespace) {
        let acl = this.acls.get(namespace);
        if (!acl) {
            acl = create();
            this.acls.set(namespace, acl);
        }
        return acl;
    }
    /** Every Dragonfly ACL created so far. */
    get dragonflyAcls() {
        return [...this.acls.values()];
    }
}
exports.SharedNeighbours = SharedNeighbours;
/**
 * Command rules of Langfuse's Dragonfly user, on top of the `~<prefix>*` key restriction: everything
 * but `@dangerous` (FLUSHALL, FLUSHDB, KEYS, DEBUG, SHUTDOWN, REPLICAOF, ACL..., which ignore key
 * patterns and would reach every tenant), plus INFO (BullMQ's version check) and CONFIG, which
 * Dragonfly files under `@dangerous` and which the reference deployment found Langfuse needs.
 */
exports.LANGFUSE_DRAGONFLY_COMMANDS = ['+@all', '-@dangerous', '+info', '+config'];
/**
 * The Flux Kustomizations a Langfuse app waits for among its neighbours: the Dragonfly ACL (its
 * user must exist before Langfuse connects) and the Keycloak client (sign-in needs it).
 */
function langfuseNeighbourDependencies(props) {
    const flux = sideAppFlux(props);
    const namespace = (appNamespace) => (0, flux_app_chart_1.fluxAppKustomizationNamespace)(flux, appNamespace);
    const apps = neighbourApps(props.instanceName ?? names_1.DEFAULT_INSTANCE_NAME);
    const deps = [];
    if (props.dragonflyAcl && props.redis instanceof redis_backend_1.DragonflyBackend)
        deps.push({ name: apps.dragonflyAcl, namespace: namespace(props.redis.namespace) });
    if (keycloakClientApp(props))
        deps.push({ name: apps.keycloakClient, namespace: namespace(shared_services_1.KEYCLOAK.namespace) });
    return deps;
}
/** The Flux options of the side apps: their Kustomizations in sideAppNamespace, unless their folder's kustomization moves them. */
function sideAppFlux(props) {
    return { ...props.flux, kustomizationNamespace: props.flux?.sideAppNamespace ?? props.flux?.kustomizationNamespace ?? 'flux-system' };
}
/** Whether the Keycloak client app is emitted: the SSO client, the role sync's service account, or both. */
function keycloakClientApp(props) {
    return props.keycloakClient !== undefined && (props.sso !== undefined || props.roleSync !== undefined);
}
/**
 * The props whose objects only `addLangfuseNeighbours` creates (the HTTPRoute, the side apps and,
 * through them, the Kustomizations Langfuse waits for), in prop order; empty when it adds nothing.
 */
function neighbourProps(props) {
    const needed = [
        ['route', props.route !== undefined],
        ['dragonflyAcl', props.dragonflyAcl !== undefined],
        ['keycloakClient', keycloakClientApp(props)],
        ['litellmIntegration', props.litellmIntegration !== undefined],
        ['bucketSetup', props.bucketSetup !== undefined && props.objectStorage instanceof object_storage_1.ExternalObjectStorage],
        ['neighbourPolicies', props.neighbourPolicies === true && props.networkPolicies !== undefined],
    ];
    return needed.filter(([, on]) => on).map(([name]) => name);
}
/** The Langfuse charts `addLangfuseNeighbours` has run for (see `LangfuseChart`'s validation). */
const withNeighbours = new WeakSet();
/**
 * Why a Langfuse chart cannot be rendered: props that need `addLangfuseNeighbours`, which was
 * never called for it. Left out, their objects would be missing without a word, and Langfuse's
 * Kustomization would wait forever for side apps (the Dragonfly ACL, the Keycloak client) that
 * nobody writes.
 */
function missingNeighbours(langfuse, props) {
    const needed = neighbourProps(props);
    if (needed.length === 0 || withNeighbours.has(langfuse))
        return [];
    return [`${needed.join(', ')} ${needed.length === 1 ? 'is' : 'are'} set, but addLangfuseNeighbours(app, chart, props) was never called for this chart: `
            + 'call it right after new LangfuseChart(...); without it the route and the side apps (Dragonfly ACL, Keycloak client, LiteLLM wiring, ...) '
            + 'would be missing from the tree, and Langfuse\'s Kustomization would wait for them forever'];
}
/**
 * Adds the outputs of a Langfuse app that live in other folders (and mostly other namespaces),
 * each as a Flux app with its own ks.yaml and dependencies, plus the HTTPRoute. Every gate is read
 * from the props once; the constructs hold the resource logic.
 *
 * - `cache/dragonfly-acl`: the ACL Secret with the Langfuse user restricted to its key prefix and a
 *   locked-down `default` user. No dependency: the Dragonfly CR mounts it (`aclFromSecret`), so
 *   it must not wait for Dragonfly.
 * - `identity/langfuse-keycloak-client`: the OIDC client, after `keycloak`.
 * - `<ns>/litellm-langfuse`: LiteLLM's callback Secret and settings, with the headless-init
 *   project keys. No dependency, so LiteLLM does not wait for Langfuse.
 * - `<ns>/langfuse-llm-connection`: the LLM-connection Job, after `langfuse`.
 * - The HTTPRoute: in the Langfuse folder, or in `<route ns>/langfuse-route` with the
 *   ReferenceGrant in the Langfuse folder.
 * @returns the charts it created
 */
function addLangfuseNeighbours(scope, langfuse, props, shared = new SharedNeighbours()) {
    withNeighbours.add(langfuse);
    const charts = [];
    const apps = neighbourApps(langfuse.appName);
    const names = langfuse.names;
    const namespace = names.namespace;
    const sideFlux = sideAppFlux(props);
    const webUrl = `http://${names.dns.web}:3000`;
    const app = (appName, appNamespace, dependsOn = []) => {
        const chart = new flux_app_chart_1.FluxAppChart(scope, appName, { appName, namespace: appNamespace, flux: sideFlux, dependsOn });
        charts.push(chart);
        return chart;
    };
    if (props.dragonflyAcl) {
        const redis = props.redis;
        if (!(redis instanceof redis_backend_1.DragonflyBackend) || redis.keyPrefix === undefined) {
            throw new Error('dragonflyAcl needs the redis backend RedisBackend.dragonflyAcl(): the ACL user is restricted to the key prefix Langfuse writes');
        }
        const aclProps = props.dragonflyAcl;
        const acl = shared.dragonflyAcl(() => new dragonfly_acl_1.DragonflyAcl(app(apps.dragonflyAcl, redis.namespace), 'Acl', {
            secretName: aclProps.secretName,
            defaultUser: dragonflyDefaultUser(aclProps),
            users: aclProps.extraUsers,
        }), redis.namespace);
        acl.addUser({ username: redis.username, password: redis.password, keyPatterns: [`${redis.keyPrefix}*`], commandRules: exports.LANGFUSE_DRAGONFLY_COMMANDS });
    }
    if (props.keycloakClient && keycloakClientApp(props)) {
        const keycloakDependency = props.fluxDependencies?.keycloak === undefined ? (0, shared_services_1.fluxDependencyOf)(shared_services_1.KEYCLOAK) : props.fluxDependencies.keycloak;
        const chart = app(apps.keycloakClient, shared_services_1.KEYCLOAK.namespace, keycloakDependency ? [{ ...keycloakDependency }] : []);
        const fragments = [];
        if (props.sso) {
            const client = new keycloak_client_1.KeycloakClient(chart, 'Client', {
                realm: props.sso.realm,
                clientId: props.sso.clientId,
                displayName: 'Langfuse',
                clientSecret: props.sso.clientSecret,
                ...(0, keycloak_client_1.langfuseOidcUris)((0, derive_1.langfuseUrl)(props.hostname)),
                form: props.keycloakClient.form,
                keycloakCrName: props.keycloakClient.keycloakCrName,
                realmExists: props.keycloakClient.realmExists,
                defaultClientScopes: props.keycloakClient.defaultClientScopes,
                optionalClientScopes: props.keycloakClient.optionalClientScopes,
            });
            if (client.configMap)
                fragments.push({ configMap: client.configMap, secret: client.secret });
        }
        if (props.roleSync) {
            const syncClient = new keycloak_service_account_client_1.KeycloakServiceAccountClient(chart, 'RoleSyncClient', {
                realm: props.roleSync.realm,
                clientId: props.roleSync.keycloakClient.clientId,
                displayName: 'Langfuse Role Sync',
                clientSecret: props.roleSync.keycloakClient.clientSecret,
                realmManagementRoles: langfuse_role_sync_1.ROLE_SYNC_REALM_MANAGEMENT_ROLES,
            });
            fragments.push({ configMap: syncClient.configMap, secret: syncClient.secret });
        }
        const job = props.keycloakClient.configCliJob;
        if (job) {
            if (fragments.length !== (props.sso ? 1 : 0) + (props.roleSync ? 1 : 0)) {
                throw new Error('keycloakClient.configCliJob imports keycloak-config-cli fragments: it needs keycloakClient.form config-cli (a KeycloakRealmImport is the operator\'s)');
            }
            new keycloak_config_cli_job_1.KeycloakConfigCliJob(chart, 'ConfigCliJob', {
                name: `${langfuse.appName}-keycloak-config`, fragments, keycloakUrl: (0, derive_1.keycloakInternalUrl)(), adminSecretName: job.adminSecretName,
            });
        }
    }
    const integration = props.litellmIntegration;
    if (integration) {
        const keys = integration.keys ?? props.headlessInit?.project?.keys;
        if (!keys) {
            throw new Error('litellmIntegration needs project keys (litellmIntegration.keys, or headless initialization\'s headlessInit.project.keys): LiteLLM writes to that project');
        }
        if (integration.callbackEnabled ?? true) {
            const chart = app(apps.litellmIntegration, namespace);
            new litellm_integration_1.LiteLlmIntegration(chart, 'Integration', {
                langfuseUrl: integration.host ?? webUrl,
                publicKey: keys.publicKey,
                secretKey: keys.secretKey,
                callback: integration.callback,
                sampleRate: integration.sampleRate,
                defaultTags: integration.defaultTags,
            });
        }
        const connection = integration.llmConnection;
        if (connection) {
            const jobChart = app(apps.llmConnection, namespace, [{ name: langfuse.kustomization.name, namespace: langfuse.kustomization.namespace }]);
            new langfuse_llm_connection_1.LangfuseLlmConnection(jobChart, 'LlmConnection', {
                langfuseUrl: webUrl,
                publicKey: keys.publicKey,
                secretKey: keys.secretKey,
                baseUrl: `http://${(0, derive_1.serviceDns)(litellm_integration_1.LITELLM_SERVICE.name, namespace)}:${litellm_integration_1.LITELLM_SERVICE.port}`,
                apiKey: connection.apiKey,
                provider: connection.provider,
                models: connection.models,
            });
        }
    }
    (0, neighbour_access_1.addNeighbourAccess)(langfuse, props, app);
    if (props.route) {
        const routeNamespace = props.route.namespace ?? namespace;
        const routeScope = routeNamespace === namespace ? langfuse : app(apps.route, routeNamespace);
        new http_route_1.HttpRoute(routeScope, 'Route', {
            name: langfuse.appName,
            hostnames: [props.hostname],
            parents: props.route.parents,
            backend: { serviceName: names.webService, namespace, port: 3000 },
            namespace: routeNamespace,
            referenceGrantScope: langfuse,
            labels: { 'app.kubernetes.io/name': 'langfuse' },
        });
    }
    return charts;
}
/** The `default` line of the ACL file from the options: ping-only unless the reference's all-keys user is asked for. */
function dragonflyDefaultUser(options) {
    if ((options.defaultUserAccess ?? 'ping-only') === 'ping-only')
        return dragonfly_acl_1.DragonflyDefaultUser.pingOnly(options.defaultUserPassword);
    if (options.defaultUserPassword === undefined)
        throw new Error('dragonfly acl default user "all-keys" needs defaultUserPassword (the reference\'s dragonfly_password)');
    return dragonfly_acl_1.DragonflyDefaultUser.allKeys(options.defaultUserPassword);
}
