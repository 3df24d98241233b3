import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { dnsLabel, hostName, port } from '../config/fields';
import { placeInFile } from '../output/file-placement';
import { checkOptionalProps, checkProp, checkSecretKeyRef } from '../prop-checks';
import { SecretKeySelector } from './clickhouse-connection';
import { restrictedJobPod } from './job-pod';

/** The web image of chart 1.5.41 (`langfuse.web.image.repository`); it carries `migrate` and Langfuse's ClickHouse migrations. */
export const LANGFUSE_WEB_IMAGE_REPOSITORY = 'langfuse/langfuse';

/** The user of the Langfuse image (web/Dockerfile: `adduser --system --uid 1001 nextjs`, `USER nextjs`). */
const LANGFUSE_IMAGE_USER = 1001;

/** Props of `ClickHouseSchemaJob`. */
export interface ClickHouseSchemaJobProps {
  /** metadata.name of the Job. */
  readonly name: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
  /** The Langfuse web image the release runs, `langfuse/langfuse:<tag>`: the schema is created at that version. */
  readonly image: string;
  /** Host of the new cluster's headless Service. */
  readonly host: string;
  /** @default 8123 */
  readonly httpPort?: number;
  /** @default 9000 */
  readonly nativePort?: number;
  /** The password of the user `default` on the new cluster. */
  readonly passwordSecret: SecretKeySelector;
  /** Pod labels (the network policies admit them to the cluster). */
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * A one-off Job that creates Langfuse's ClickHouse schema on a new cluster at the version the
 * release runs: the Langfuse web image's own migration step, without the rest of its entrypoint
 * (which would also migrate Postgres). langfuse/langfuse v3.224.1 web/entrypoint.sh runs
 * `cd ./packages/shared && sh ./clickhouse/scripts/up.sh` from /app; web/Dockerfile copies
 * packages/shared/clickhouse there and golang-migrate to /usr/bin/migrate; up.sh needs
 * CLICKHOUSE_URL, CLICKHOUSE_MIGRATION_URL, CLICKHOUSE_USER and CLICKHOUSE_PASSWORD and takes the
 * clustered migrations (ON CLUSTER default, Replicated engines) unless CLICKHOUSE_CLUSTER_ENABLED
 * is "false". Re-running it is a no-op once the schema is at the image's version.
 *
 * Run it only once the cluster is Ready (its Flux app depends on the cluster's): the operator
 * drops a `default` database that is not yet Replicated, tables and all.
 */
export class ClickHouseSchemaJob extends Construct {
  public readonly name: string;
  public readonly job: k8s.KubeJob;

  constructor(scope: Construct, id: string, props: ClickHouseSchemaJobProps) {
    super(scope, id);
    checkProp('clickhouse schema job name', props.name, dnsLabel());
    const at = (prop: string) => `clickhouse schema job ${props.name}: ${prop}`;
    checkProp(at('host'), props.host, hostName());
    checkSecretKeyRef(at('passwordSecret'), props.passwordSecret);
    checkOptionalProps([[at('namespace'), props.namespace, dnsLabel()], [at('httpPort'), props.httpPort, port()], [at('nativePort'), props.nativePort, port()]]);
    if (typeof props.image !== 'string' || !/^[^\s:@]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})$/.test(props.image) || props.image.endsWith(':latest')) {
      throw new Error(`schema job image must be pinned to a tag other than latest or a digest (got "${props.image}")`);
    }
    const namespace = props.namespace ?? Chart.of(this).namespace;
    this.name = props.name;
    const labels = { ...props.labels };
    const plain = (name: string, value: string): k8s.EnvVar => ({ name, value });
    this.job = new k8s.KubeJob(this, 'Resource', {
      // A changed spec (image, host) cannot update a Job in place: Flux replaces it, and it runs again.
      metadata: { name: this.name, namespace, labels, annotations: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } },
      spec: {
        backoffLimit: 6,
        activeDeadlineSeconds: 1800,
        template: restrictedJobPod(LANGFUSE_IMAGE_USER, {
          name: 'migrate',
          image: props.image,
          command: ['sh', '-c', 'cd /app/packages/shared && exec sh ./clickhouse/scripts/up.sh'],
          env: [
            plain('CLICKHOUSE_URL', `http://${props.host}:${props.httpPort ?? 8123}`),
            plain('CLICKHOUSE_MIGRATION_URL', `clickhouse://${props.host}:${props.nativePort ?? 9000}`),
            plain('CLICKHOUSE_USER', 'default'),
            { name: 'CLICKHOUSE_PASSWORD', valueFrom: { secretKeyRef: { name: props.passwordSecret.name, key: props.passwordSecret.key } } },
            plain('CLICKHOUSE_DB', 'default'),
            plain('CLICKHOUSE_CLUSTER_ENABLED', 'true'),
          ],
          resources: {
            requests: { cpu: k8s.Quantity.fromString('50m'), memory: k8s.Quantity.fromString('128Mi') },
            limits: { memory: k8s.Quantity.fromString('512Mi') },
          },
        }, labels),
      },
    });
    placeInFile(this.job, 'job.yaml');
  }
}
