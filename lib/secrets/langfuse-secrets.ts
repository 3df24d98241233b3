import { Construct } from 'constructs';
import { initSecretKeys } from '../flux/langfuse-values-v1';
import { LangfuseChartProps } from '../langfuse-chart-props';
import { LangfuseNames } from '../names';
import { PRUNE_DISABLED } from '../flux/prune-protection';
import { SopsSecret } from './sops-secret';
import { urlPasswordData } from './url-password';

/** Props of `LangfuseSecrets`. */
export interface LangfuseSecretsProps {
  readonly chartProps: LangfuseChartProps;
  readonly names: LangfuseNames;
  /**
   * The chart's bundled ClickHouse runs and reads its password from this app (the operator's
   * cluster has its own Secret, in its own Flux app).
   * @default true
   */
  readonly bundledClickHouse?: boolean;
}

/**
 * Every Secret the Langfuse release and its Postgres cluster reference, each emitted only when
 * something uses it (names and keys as in the reference deployment).
 */
export class LangfuseSecrets extends Construct {
  /** All emitted Secrets, in emission order. */
  public readonly secrets: SopsSecret[] = [];

  constructor(scope: Construct, id: string, props: LangfuseSecretsProps) {
    super(scope, id);
    const { chartProps: p, names } = props;
    const ns = names.namespace;
    const add = (name: string, stringData: Record<string, string>, extra: { type?: string; labels?: Record<string, string>; annotations?: Record<string, string> } = {}) => {
      this.secrets.push(new SopsSecret(this, name, { name, namespace: ns, stringData, ...extra }));
    };
    // The stateful objects' own Secrets outlive a pruned app with them (see lib/flux/prune-protection.ts).
    const protect = { annotations: { ...PRUNE_DISABLED } };

    add(names.secrets.app, { NEXTAUTH_SECRET: p.appSecrets.nextauthSecret, SALT: p.appSecrets.salt, ENCRYPTION_KEY: p.appSecrets.encryptionKey });
    add(names.secrets.postgres, { username: names.postgresUser, ...urlPasswordData(p.postgres.password) }, {
      ...protect,
      type: 'kubernetes.io/basic-auth',
      labels: { 'app.kubernetes.io/name': names.postgresCluster, 'app.kubernetes.io/component': 'database-credentials', 'cnpg.io/reload': 'true' },
    });
    if (props.bundledClickHouse ?? true) add(names.secrets.clickhouse, { password: p.clickhouse.password });
    add(names.secrets.s3, { AWS_ACCESS_KEY_ID: p.objectStorage.credentials.accessKey, AWS_SECRET_ACCESS_KEY: p.objectStorage.credentials.secretKey });
    // The bundled Valkey's server reads the same key, so only a remote Redis gets the encoded form.
    add(names.secrets.redis, p.redis.bundled ? { password: p.redis.password } : urlPasswordData(p.redis.password));
    if (p.backup) {
      add(names.secrets.backup, { ACCESS_KEY_ID: p.backup.credentials.accessKey, SECRET_ACCESS_KEY: p.backup.credentials.secretKey }, protect);
    }
    if (p.sso) add(names.secrets.keycloak, { 'client-secret': p.sso.clientSecret });
    if (p.smtp) add(names.secrets.smtp, { SMTP_URL: p.smtp.url });
    if (p.headlessInit) add(names.secrets.init, initSecretData(p.headlessInit));
  }
}

function initSecretData(init: NonNullable<LangfuseChartProps['headlessInit']>): Record<string, string> {
  const values: Record<string, string | undefined> = {
    LANGFUSE_INIT_ORG_ID: init.orgId,
    LANGFUSE_INIT_ORG_NAME: init.orgName ?? 'Langfuse',
    LANGFUSE_INIT_USER_EMAIL: init.userEmail,
    LANGFUSE_INIT_USER_PASSWORD: init.userPassword,
    LANGFUSE_INIT_USER_NAME: init.userName ?? 'Admin',
    LANGFUSE_INIT_PROJECT_ID: init.project?.id,
    LANGFUSE_INIT_PROJECT_NAME: init.project?.name ?? 'Default Project',
    LANGFUSE_INIT_PROJECT_RETENTION: init.project?.retentionDays?.toString(),
    LANGFUSE_INIT_PROJECT_PUBLIC_KEY: init.project?.keys?.publicKey,
    LANGFUSE_INIT_PROJECT_SECRET_KEY: init.project?.keys?.secretKey,
  };
  return Object.fromEntries(initSecretKeys(init).map((key) => [key, values[key]!]));
}
