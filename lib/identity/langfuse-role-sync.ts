import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { cronProblem } from '../formats/cron-expression';
import { withoutUserinfo } from '../formats/endpoint-url';
import { placeInFile } from '../output/file-placement';
import { SopsSecret } from '../secrets/sops-secret';
import { DEFAULT_ROLE_MAPPING, DEFAULT_SCIM_SYNC_IMAGE } from './role-sync-defaults';
import { ROLE_SYNC_SCRIPT } from './role-sync-script';

/** A Langfuse organization role. */
export type LangfuseOrgRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE';

/** Names of the role sync's objects: the reference deployment's, so that the switch keeps them. */
export const ROLE_SYNC_NAMES = {
  cronJob: 'langfuse-role-sync',
  secret: 'langfuse-sync-secret',
  configMap: 'langfuse-sync-config',
  scriptConfigMap: 'langfuse-sync-script',
} as const;

/** The roles of the client `realm-management` the sync's service account needs to read users and their realm roles. */
export const ROLE_SYNC_REALM_MANAGEMENT_ROLES: readonly string[] = ['view-users', 'view-realm'];

/** Pod labels of the role sync's pods (network policies select them). */
export function roleSyncPodLabels(): Record<string, string> {
  return { 'app.kubernetes.io/name': ROLE_SYNC_NAMES.cronJob, 'app.kubernetes.io/component': 'sync' };
}

/** SCIM role sync of a `LangfuseChart`. Present means on. */
export interface RoleSyncOptions {
  /** The Keycloak realm of the users. */
  readonly realm: string;
  /** An organization-scoped Langfuse API key (Enterprise: SCIM needs the `admin-api` entitlement). */
  readonly orgApiKey: { readonly publicKey: string; readonly secretKey: string };
  /** The Keycloak service-account client that reads the users (realm-management view-users, view-realm). */
  readonly keycloakClient: { readonly clientId: string; readonly clientSecret: string };
  /** Five-field cron schedule. @default '*\/5 * * * *' */
  readonly schedule?: string;
  /** Keycloak realm role name to Langfuse role; `default` applies to users with no mapped role. @default DEFAULT_ROLE_MAPPING */
  readonly roleMapping?: Readonly<Record<string, LangfuseOrgRole>>;
  /** Pinned Python image. @default DEFAULT_SCIM_SYNC_IMAGE */
  readonly image?: string;
}

/** Props of `LangfuseRoleSync`. */
export interface LangfuseRoleSyncProps extends RoleSyncOptions {
  /** Keycloak's in-cluster base URL, like `http://keycloak-service.identity.svc.cluster.local:8080`. */
  readonly keycloakUrl: string;
  /** Langfuse web's in-cluster URL, like `http://langfuse-web.ai-system.svc.cluster.local:3000`. */
  readonly langfuseUrl: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
}

/**
 * The reference deployment's SCIM role sync, as a CronJob with its Secret (the service account's
 * client secret and the organization API key) and two ConfigMaps (the role mapping and the
 * script, lib/identity/role-sync-script.ts), under the reference's names. Unlike the reference it
 * runs the script with Python's standard library on a read-only root filesystem (no pip install at
 * start, no egress to PyPI), talks to Keycloak and Langfuse inside the cluster, and sets roles the
 * way Langfuse's SCIM API takes them (PUT with `roles`).
 */
export class LangfuseRoleSync extends Construct {
  public readonly cronJob: k8s.KubeCronJob;
  public readonly secret: SopsSecret;
  public readonly roleMapping: Readonly<Record<string, LangfuseOrgRole>>;

  constructor(scope: Construct, id: string, props: LangfuseRoleSyncProps) {
    super(scope, id);
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error('role sync needs a namespace (got none, and its chart has none)');
    const schedule = props.schedule ?? '*/5 * * * *';
    const scheduleProblem = cronProblem(schedule, { seconds: false });
    if (scheduleProblem) throw new Error(`role sync schedule ${scheduleProblem} (got "${schedule}")`);
    for (const [what, url] of [['keycloak url', props.keycloakUrl], ['langfuse url', props.langfuseUrl]]) {
      if (!/^https?:\/\/[^\s/]+$/.test(url)) throw new Error(`role sync ${what} must be an http(s) URL without a path (got "${withoutUserinfo(url)}")`);
    }
    this.roleMapping = props.roleMapping ?? DEFAULT_ROLE_MAPPING;
    if (Object.keys(this.roleMapping).length === 0) throw new Error('role sync needs at least one role mapping (got none)');
    const labels = { ...roleSyncPodLabels(), 'app.kubernetes.io/part-of': 'langfuse' };

    this.secret = new SopsSecret(this, 'Secret', {
      name: ROLE_SYNC_NAMES.secret,
      namespace,
      labels,
      stringData: {
        KEYCLOAK_CLIENT_SECRET: props.keycloakClient.clientSecret,
        LANGFUSE_PUBLIC_KEY: props.orgApiKey.publicKey,
        LANGFUSE_SECRET_KEY: props.orgApiKey.secretKey,
      },
    });
    const mapping = JSON.stringify(Object.fromEntries(Object.entries(this.roleMapping).sort(([a], [b]) => a.localeCompare(b))));
    const config = new k8s.KubeConfigMap(this, 'Config', {
      metadata: { name: ROLE_SYNC_NAMES.configMap, namespace, labels },
      data: { ROLE_MAPPING: mapping },
    });
    const script = new k8s.KubeConfigMap(this, 'Script', {
      metadata: { name: ROLE_SYNC_NAMES.scriptConfigMap, namespace, labels },
      data: { 'sync.py': ROLE_SYNC_SCRIPT },
    });
    placeInFile(config, 'role-sync.yaml');
    placeInFile(script, 'role-sync.yaml');

    const secretEnv = (key: string): k8s.EnvVar => ({ name: key, valueFrom: { secretKeyRef: { name: ROLE_SYNC_NAMES.secret, key } } });
    this.cronJob = new k8s.KubeCronJob(this, 'Resource', {
      metadata: { name: ROLE_SYNC_NAMES.cronJob, namespace, labels },
      spec: {
        schedule,
        concurrencyPolicy: 'Forbid',
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: 3,
            activeDeadlineSeconds: 300,
            template: {
              // a changed script or mapping shows in the pods it starts
              metadata: { labels, annotations: { 'checksum/config': createHash('sha256').update(JSON.stringify([mapping, ROLE_SYNC_SCRIPT])).digest('hex') } },
              spec: {
                restartPolicy: 'OnFailure',
                automountServiceAccountToken: false,
                securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
                containers: [{
                  name: 'sync',
                  image: props.image ?? DEFAULT_SCIM_SYNC_IMAGE,
                  command: ['python3', '/scripts/sync.py'],
                  env: [
                    { name: 'PYTHONDONTWRITEBYTECODE', value: '1' },
                    { name: 'KEYCLOAK_URL', value: props.keycloakUrl },
                    { name: 'KEYCLOAK_REALM', value: props.realm },
                    { name: 'KEYCLOAK_CLIENT_ID', value: props.keycloakClient.clientId },
                    secretEnv('KEYCLOAK_CLIENT_SECRET'),
                    { name: 'LANGFUSE_URL', value: props.langfuseUrl },
                    secretEnv('LANGFUSE_PUBLIC_KEY'),
                    secretEnv('LANGFUSE_SECRET_KEY'),
                    { name: 'ROLE_MAPPING', valueFrom: { configMapKeyRef: { name: ROLE_SYNC_NAMES.configMap, key: 'ROLE_MAPPING' } } },
                  ],
                  volumeMounts: [{ name: 'scripts', mountPath: '/scripts', readOnly: true }],
                  resources: {
                    requests: { cpu: k8s.Quantity.fromString('50m'), memory: k8s.Quantity.fromString('64Mi') },
                    limits: { memory: k8s.Quantity.fromString('128Mi') },
                  },
                  securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
                }],
                volumes: [{ name: 'scripts', configMap: { name: ROLE_SYNC_NAMES.scriptConfigMap, defaultMode: 0o444 } }],
              },
            },
          },
        },
      },
    });
    placeInFile(this.cronJob, 'role-sync.yaml');
  }
}
