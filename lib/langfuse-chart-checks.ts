import {
  clientSecret, dnsLabel, dnsSubdomain, domainName, email, encryptionKey, httpUrl, keycloakRealm, longSecret, migrationStage, s3Key, slug, smtpUrl,
} from './config/fields';
import { clickhousePassword, connectionPassword, langfuseApiKey } from './config/switch-fields';
import type { LangfuseChartProps } from './langfuse-chart-props';
import { checkOptionalProps, checkProp, requireProp } from './prop-checks';

const secret = { secret: true } as const;

/**
 * Checks the props of a `LangfuseChart` before anything is built, with the config file's rules:
 * every required secret is present and has the shape Langfuse and the chart need (the chart pastes
 * the Postgres and ClickHouse passwords unencoded into connection URLs), and names are what they
 * become (a DNS label, a host name). The error names the prop path and never a secret value.
 */
export function checkLangfuseChartProps(props: LangfuseChartProps): void {
  checkOptionalProps([
    ['namespace', props.namespace, dnsLabel()],
    ['storageClass', props.storageClass, dnsSubdomain()],
  ]);
  checkProp('hostname', props.hostname, domainName());
  for (const [path, value] of [['appSecrets', props.appSecrets], ['postgres', props.postgres], ['clickhouse', props.clickhouse],
    ['objectStorage', props.objectStorage], ['redis', props.redis]] as const) requireProp(path, value);
  checkProp('appSecrets.nextauthSecret', props.appSecrets.nextauthSecret, longSecret(32), secret);
  checkProp('appSecrets.salt', props.appSecrets.salt, longSecret(32), secret);
  checkProp('appSecrets.encryptionKey', props.appSecrets.encryptionKey, encryptionKey(), secret);
  checkProp('postgres.password', props.postgres.password, connectionPassword(1), secret);
  checkProp('clickhouse.password', props.clickhouse.password, clickhousePassword(1), secret);
  checkOptionalProps([
    ['clickhouse.migration', props.clickhouse.migration, migrationStage()],
    ['clickhouse.operatorNamespace', props.clickhouse.operatorNamespace, dnsLabel()],
  ]);

  if (props.sso) {
    checkProp('sso.issuerUrl', props.sso.issuerUrl, httpUrl());
    checkProp('sso.internalIssuerUrl', props.sso.internalIssuerUrl, httpUrl());
    checkProp('sso.realm', props.sso.realm, keycloakRealm());
    checkProp('sso.clientSecret', props.sso.clientSecret, clientSecret(), secret);
  }
  if (props.smtp) {
    checkProp('smtp.url', props.smtp.url, smtpUrl(), secret);
    checkProp('smtp.fromAddress', props.smtp.fromAddress, email());
  }
  const init = props.headlessInit;
  if (init) {
    checkProp('headlessInit.orgId', init.orgId, slug());
    checkProp('headlessInit.userEmail', init.userEmail, email());
    checkProp('headlessInit.userPassword', init.userPassword, longSecret(16), secret);
    if (init.project) checkProp('headlessInit.project.id', init.project.id, slug());
    if (init.project?.keys) {
      checkProp('headlessInit.project.keys.publicKey', init.project.keys.publicKey, langfuseApiKey(), secret);
      checkProp('headlessInit.project.keys.secretKey', init.project.keys.secretKey, langfuseApiKey(), secret);
    }
  }
  if (props.backup) {
    checkProp('backup.credentials.accessKey', props.backup.credentials?.accessKey, s3Key(), secret);
    checkProp('backup.credentials.secretKey', props.backup.credentials?.secretKey, s3Key(), secret);
  }
}
