import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { placeInFile } from '../output/file-placement';
import { checkProp } from '../prop-checks';
import { SopsSecret } from '../secrets/sops-secret';

/**
 * keycloak-config-cli for the reference deployment's Keycloak 26.1.0 (`<cli>-<keycloak>`). 6.5.0, not
 * the reference's 6.4.0: 6.4.0 resets a realm's clientProfiles and clientPolicies on every import of
 * a file without them (adorsys/keycloak-config-cli#1279, fixed in 6.5.0 by #1392), so each run of
 * this Job would erase the cluster's client policies. 6.5.0 reads the same properties.
 */
export const KEYCLOAK_CONFIG_CLI_IMAGE = 'adorsys/keycloak-config-cli:6.5.0-26.1.0';

/** A realm fragment the Job imports: its ConfigMap (one JSON file) and the Secret with its `$(env:...)` variables. */
export interface KeycloakRealmFragment {
  readonly configMap: k8s.KubeConfigMap;
  readonly secret: SopsSecret;
}

/** Props of `KeycloakConfigCliJob`. */
export interface KeycloakConfigCliJobProps {
  /** Name of the Job; also its keycloak-config-cli cache key (`IMPORT_CACHE_KEY`), so its remote state is its own. */
  readonly name: string;
  /** The fragments it imports, and nothing else. */
  readonly fragments: readonly KeycloakRealmFragment[];
  /** Keycloak's in-cluster URL, like `http://keycloak-service.identity.svc.cluster.local:8080`. */
  readonly keycloakUrl: string;
  /**
   * The Secret with Keycloak's admin user (keys `username` and `password`), in the Job's namespace.
   * @default 'keycloak-admin-credentials' (the reference deployment's)
   */
  readonly adminSecretName?: string;
  /** @default KEYCLOAK_CONFIG_CLI_IMAGE */
  readonly image?: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
}

/**
 * A keycloak-config-cli Job of its own for realm fragments, next to a cluster's own config Job
 * (like the reference deployment's `keycloak-config-apply`), which it never disturbs:
 *
 * - keycloak-config-cli keeps its remote state per realm and cache key, and by default
 *   (`import.managed.client=full`) deletes every client of that state that the file being imported
 *   does not list. Mounted next to another realm file, each fragment would delete the other file's
 *   clients. This Job mounts only the fragments, imports with its own cache key (`IMPORT_CACHE_KEY`,
 *   state `state-<name>-clients`) and with `IMPORT_MANAGED_CLIENT=no-delete`: it creates and updates
 *   its clients and deletes none, the cluster's Job's state included.
 * - `IMPORT_CACHE_ENABLED=false`: every run imports, also when only a Secret (a rotated client
 *   secret) changed and the file's checksum did not.
 * - Re-runs like the other Jobs of the tree: `kustomize.toolkit.fluxcd.io/force: enabled` and a
 *   `checksum/config` pod annotation over the fragments and their Secrets' digests, so a changed
 *   client or secret recreates the Job.
 * - Its pods carry `app.kubernetes.io/name: keycloak-config-cli`, the label the reference's network
 *   policy gives egress to Keycloak.
 * @see https://github.com/adorsys/keycloak-config-cli/blob/v6.5.0/docs/MANAGED.md
 */
export class KeycloakConfigCliJob extends Construct {
  public readonly job: k8s.KubeJob;
  public readonly name: string;

  constructor(scope: Construct, id: string, props: KeycloakConfigCliJobProps) {
    super(scope, id);
    checkProp('keycloak config-cli job name', props.name, dnsLabel());
    if (props.fragments.length === 0) throw new Error(`keycloak config-cli job ${props.name} needs at least one realm fragment (got none)`);
    if (!/^https?:\/\/[^\s/]+$/.test(props.keycloakUrl)) throw new Error(`keycloak config-cli job ${props.name}: keycloakUrl must be an http(s) URL without a path (got "${props.keycloakUrl}")`);
    const adminSecret = props.adminSecretName ?? 'keycloak-admin-credentials';
    checkProp(`keycloak config-cli job ${props.name}: adminSecretName`, adminSecret, dnsSubdomain());
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error(`keycloak config-cli job ${props.name} needs a namespace (got none, and its chart has none)`);
    this.name = props.name;
    const image = props.image ?? KEYCLOAK_CONFIG_CLI_IMAGE;
    const labels = { 'app.kubernetes.io/name': 'keycloak-config-cli', 'app.kubernetes.io/instance': props.name, 'app.kubernetes.io/part-of': 'langfuse' };
    const checksum = createHash('sha256')
      .update(JSON.stringify([props.fragments.map((f) => [f.configMap.name, f.configMap.toJson().data, f.secret.contentDigest]), props.keycloakUrl, adminSecret, image]))
      .digest('hex');
    const admin = (name: string, key: string): k8s.EnvVar => ({ name, valueFrom: { secretKeyRef: { name: adminSecret, key } } });
    const env: k8s.EnvVar[] = [
      { name: 'KEYCLOAK_URL', value: props.keycloakUrl },
      admin('KEYCLOAK_USER', 'username'),
      admin('KEYCLOAK_PASSWORD', 'password'),
      { name: 'KEYCLOAK_AVAILABILITYCHECK_ENABLED', value: 'true' },
      { name: 'KEYCLOAK_AVAILABILITYCHECK_TIMEOUT', value: '120s' },
      { name: 'IMPORT_FILES_LOCATIONS', value: '/config/*' },
      { name: 'IMPORT_VARSUBSTITUTION_ENABLED', value: 'true' },
      { name: 'IMPORT_CACHE_KEY', value: props.name },
      { name: 'IMPORT_CACHE_ENABLED', value: 'false' },
      { name: 'IMPORT_MANAGED_CLIENT', value: 'no-delete' },
    ];
    this.job = new k8s.KubeJob(this, 'Resource', {
      metadata: { name: props.name, namespace, labels, annotations: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } },
      spec: {
        backoffLimit: 3,
        activeDeadlineSeconds: 1800,
        template: {
          metadata: { labels, annotations: { 'checksum/config': checksum } },
          spec: {
            restartPolicy: 'OnFailure',
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: 'keycloak-config-cli',
              image,
              env,
              envFrom: [...new Set(props.fragments.map((f) => f.secret.name))].map((name) => ({ secretRef: { name } })),
              volumeMounts: [{ name: 'fragments', mountPath: '/config', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
              resources: {
                requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('256Mi') },
                limits: { memory: k8s.Quantity.fromString('512Mi') },
              },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
            }],
            volumes: [
              { name: 'fragments', projected: { sources: props.fragments.map((f) => ({ configMap: { name: f.configMap.name } })) } },
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
            ],
          },
        },
      },
    });
    placeInFile(this.job, 'job.yaml');
  }
}
