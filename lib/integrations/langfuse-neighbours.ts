import { Construct } from 'constructs';
import { DragonflyBackend } from '../backends/redis-backend';
import { DragonflyAcl, DragonflyDefaultUser } from '../cache/dragonfly-acl';
import { FluxAppChart } from '../flux/flux-app-chart';
import { KustomizationDependency } from '../flux/flux-kustomization';
import { KeycloakClient, langfuseOidcUris } from '../identity/keycloak-client';
import type { LangfuseChart } from '../langfuse-chart';
import type { LangfuseChartProps } from '../langfuse-chart-props';
import { DEFAULT_INSTANCE_NAME } from '../names';
import { HttpRoute } from '../network/http-route';
import { langfuseUrl, serviceDns } from '../settings/derive';
import { fluxDependencyOf, KEYCLOAK } from '../settings/shared-services';
import { LangfuseLlmConnection } from './langfuse-llm-connection';
import { LITELLM_SERVICE, LiteLlmIntegration } from './litellm-integration';

/**
 * Flux app names of the folders around a Langfuse instance, each with its own ks.yaml; all but the
 * shared Dragonfly ACL carry the instance name, so several instances never collide.
 */
export function neighbourApps(instanceName: string) {
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
  } as const;
}

/** What several instances share: one Dragonfly ACL file per Dragonfly namespace. */
export class SharedNeighbours {
  private readonly acls = new Map<string, DragonflyAcl>();

  /** The ACL of a Dragonfly namespace, created (with its own Flux app) on first use. */
  public dragonflyAcl(create: () => DragonflyAcl, namespace: string): DragonflyAcl {
    let acl = this.acls.get(namespace);
    if (!acl) {
      acl = create();
      this.acls.set(namespace, acl);
    }
    return acl;
  }
}

/**
 * Command rules of Langfuse's Dragonfly user, on top of the `~<prefix>*` key restriction: everything
 * but `@dangerous` (FLUSHALL, FLUSHDB, KEYS, DEBUG, SHUTDOWN, REPLICAOF, ACL..., which ignore key
 * patterns and would reach every tenant), plus INFO (BullMQ's version check) and CONFIG, which
 * Dragonfly files under `@dangerous` and which the reference deployment found Langfuse needs.
 */
export const LANGFUSE_DRAGONFLY_COMMANDS: readonly string[] = ['+@all', '-@dangerous', '+info', '+config'];

/**
 * The Flux Kustomizations a Langfuse app waits for among its neighbours: the Dragonfly ACL (its
 * user must exist before Langfuse connects) and the Keycloak client (sign-in needs it).
 */
export function langfuseNeighbourDependencies(props: LangfuseChartProps): KustomizationDependency[] {
  const namespace = props.flux?.kustomizationNamespace ?? 'flux-system';
  const apps = neighbourApps(props.instanceName ?? DEFAULT_INSTANCE_NAME);
  const deps: KustomizationDependency[] = [];
  if (props.dragonflyAcl) deps.push({ name: apps.dragonflyAcl, namespace });
  if (props.keycloakClient && props.sso) deps.push({ name: apps.keycloakClient, namespace });
  return deps;
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
export function addLangfuseNeighbours(
  scope: Construct, langfuse: LangfuseChart, props: LangfuseChartProps, shared: SharedNeighbours = new SharedNeighbours(),
): FluxAppChart[] {
  const charts: FluxAppChart[] = [];
  const apps = neighbourApps(langfuse.appName);
  const names = langfuse.names;
  const namespace = names.namespace;
  const fluxNamespace = props.flux?.kustomizationNamespace ?? 'flux-system';
  const webUrl = `http://${names.dns.web}:3000`;
  const app = (appName: string, appNamespace: string, dependsOn: KustomizationDependency[] = []) => {
    const chart = new FluxAppChart(scope, appName, { appName, namespace: appNamespace, flux: props.flux, dependsOn });
    charts.push(chart);
    return chart;
  };

  if (props.dragonflyAcl) {
    const redis = props.redis;
    if (!(redis instanceof DragonflyBackend) || redis.keyPrefix === undefined) {
      throw new Error('dragonflyAcl needs the redis backend RedisBackend.dragonflyAcl(): the ACL user is restricted to the key prefix Langfuse writes');
    }
    const aclProps = props.dragonflyAcl;
    const acl = shared.dragonflyAcl(() => new DragonflyAcl(app(apps.dragonflyAcl, redis.namespace), 'Acl', {
      secretName: aclProps.secretName,
      defaultUser: DragonflyDefaultUser.pingOnly(aclProps.defaultUserPassword),
    }), redis.namespace);
    acl.addUser({ username: redis.username, password: redis.password, keyPatterns: [`${redis.keyPrefix}*`], commandRules: LANGFUSE_DRAGONFLY_COMMANDS });
  }

  if (props.keycloakClient && props.sso) {
    const chart = app(apps.keycloakClient, KEYCLOAK.namespace, [fluxDependencyOf(KEYCLOAK)]);
    new KeycloakClient(chart, 'Client', {
      realm: props.sso.realm,
      clientId: props.sso.clientId,
      displayName: 'Langfuse',
      clientSecret: props.sso.clientSecret,
      ...langfuseOidcUris(langfuseUrl(props.hostname)),
      form: props.keycloakClient.form,
      keycloakCrName: props.keycloakClient.keycloakCrName,
      realmExists: props.keycloakClient.realmExists,
    });
  }

  if (props.litellmIntegration) {
    const keys = props.headlessInit?.project?.keys;
    if (!keys) {
      throw new Error('litellmIntegration needs headless initialization with project keys (headlessInit.project.keys): LiteLLM writes to that project');
    }
    const chart = app(apps.litellmIntegration, namespace);
    new LiteLlmIntegration(chart, 'Integration', {
      langfuseUrl: webUrl, publicKey: keys.publicKey, secretKey: keys.secretKey, callback: props.litellmIntegration.callback,
    });
    const connection = props.litellmIntegration.llmConnection;
    if (connection) {
      const jobChart = app(apps.llmConnection, namespace, [{ name: langfuse.kustomization.name, namespace: fluxNamespace }]);
      new LangfuseLlmConnection(jobChart, 'LlmConnection', {
        langfuseUrl: webUrl,
        publicKey: keys.publicKey,
        secretKey: keys.secretKey,
        baseUrl: `http://${serviceDns(LITELLM_SERVICE.name, namespace)}:${LITELLM_SERVICE.port}`,
        apiKey: connection.apiKey,
        provider: connection.provider,
        models: connection.models,
      });
    }
  }

  if (props.route) {
    const routeNamespace = props.route.namespace ?? namespace;
    const routeScope = routeNamespace === namespace ? langfuse : app(apps.route, routeNamespace);
    new HttpRoute(routeScope, 'Route', {
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
