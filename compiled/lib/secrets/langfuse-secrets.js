"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseSecrets = void 0;
const constructs_1 = require("constructs");
const langfuse_values_v1_1 = require("../flux/langfuse-values-v1");
const prune_protection_1 = require("../flux/prune-protection");
const sops_secret_1 = require("./sops-secret");
const url_password_1 = require("./url-password");
/**
 * Every Secret the Langfuse release and its Postgres cluster reference, each emitted only when
 * something uses it (names and keys as in the reference deployment).
 */
class LangfuseSecrets extends constructs_1.Construct {
    /** All emitted Secrets, in emission order. */
    secrets = [];
    constructor(scope, id, props) {
        super(scope, id);
        const { chartProps: p, names } = props;
        const ns = names.namespace;
        const add = (name, stringData, extra = {}) => {
            this.secrets.push(new sops_secret_1.SopsSecret(this, name, { name, namespace: ns, stringData, ...extra }));
        };
        // The stateful objects' own Secrets outlive a pruned app with them (see lib/flux/prune-protection.ts).
        const protect = { annotations: { ...prune_protection_1.PRUNE_DISABLED } };
        add(names.secrets.app, { NEXTAUTH_SECRET: p.appSecrets.nextauthSecret, SALT: p.appSecrets.salt, ENCRYPTION_KEY: p.appSecrets.encryptionKey });
        add(names.secrets.postgres, { username: names.postgresUser, ...(0, url_password_1.urlPasswordData)(p.postgres.password) }, {
            ...protect,
            type: 'kubernetes.io/basic-auth',
            labels: { 'app.kubernetes.io/name': names.postgresCluster, 'app.kubernetes.io/component': 'database-credentials', 'cnpg.io/reload': 'true' },
        });
        if (props.bundledClickHouse ?? true)
            add(names.secrets.clickhouse, { password: p.clickhouse.password });
        add(names.secrets.s3, { AWS_ACCESS_KEY_ID: p.objectStorage.credentials.accessKey, AWS_SECRET_ACCESS_KEY: p.objectStorage.credentials.secretKey });
        // The bundled Valkey's server reads the same key, so only a remote Redis gets the encoded form.
        add(names.secrets.redis, p.redis.bundled ? { password: p.redis.password } : (0, url_password_1.urlPasswordData)(p.redis.password));
        if (p.backup) {
            add(names.secrets.backup, { ACCESS_KEY_ID: p.backup.credentials.accessKey, SECRET_ACCESS_KEY: p.backup.credentials.secretKey }, protect);
        }
        if (p.sso)
            add(names.secrets.keycloak, { 'client-secret': p.sso.clientSecret });
        if (p.smtp)
            add(names.secrets.smtp, { SMTP_URL: p.smtp.url });
        if (p.headlessInit)
            add(names.secrets.init, initSecretData(p.headlessInit));
    }
}
exports.LangfuseSecrets = LangfuseSecrets;
function initSecretData(init) {
    const values = {
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
    return Object.fromEntries((0, langfuse_values_v1_1.initSecretKeys)(init).map((key) => [key, values[key]]));
}
