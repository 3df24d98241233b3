"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkLangfuseChartProps = checkLangfuseChartProps;
const fields_1 = require("./config/fields");
const switch_fields_1 = require("./config/switch-fields");
const prop_checks_1 = require("./prop-checks");
const secret = { secret: true };
/**
 * Checks the props of a `LangfuseChart` before anything is built, with the config file's rules:
 * every required secret is present and has the shape Langfuse and the chart need (the chart pastes
 * the Postgres and ClickHouse passwords unencoded into connection URLs), and names are what they
 * become (a DNS label, a host name). The error names the prop path and never a secret value.
 */
function checkLangfuseChartProps(props) {
    (0, prop_checks_1.checkOptionalProps)([
        ['namespace', props.namespace, (0, fields_1.dnsLabel)()],
        ['storageClass', props.storageClass, (0, fields_1.dnsSubdomain)()],
    ]);
    (0, prop_checks_1.checkProp)('hostname', props.hostname, (0, fields_1.domainName)());
    for (const [path, value] of [['appSecrets', props.appSecrets], ['postgres', props.postgres], ['clickhouse', props.clickhouse],
        ['objectStorage', props.objectStorage], ['redis', props.redis]])
        (0, prop_checks_1.requireProp)(path, value);
    (0, prop_checks_1.checkProp)('appSecrets.nextauthSecret', props.appSecrets.nextauthSecret, (0, fields_1.longSecret)(32), secret);
    (0, prop_checks_1.checkProp)('appSecrets.salt', props.appSecrets.salt, (0, fields_1.longSecret)(32), secret);
    (0, prop_checks_1.checkProp)('appSecrets.encryptionKey', props.appSecrets.encryptionKey, (0, fields_1.encryptionKey)(), secret);
    (0, prop_checks_1.checkProp)('postgres.password', props.postgres.password, (0, switch_fields_1.connectionPassword)(1), secret);
    (0, prop_checks_1.checkProp)('clickhouse.password', props.clickhouse.password, (0, switch_fields_1.clickhousePassword)(1), secret);
    (0, prop_checks_1.checkOptionalProps)([
        ['clickhouse.migration', props.clickhouse.migration, (0, fields_1.migrationStage)()],
        ['clickhouse.operatorNamespace', props.clickhouse.operatorNamespace, (0, fields_1.dnsLabel)()],
    ]);
    if (props.sso) {
        (0, prop_checks_1.checkProp)('sso.issuerUrl', props.sso.issuerUrl, (0, fields_1.httpUrl)());
        (0, prop_checks_1.checkProp)('sso.internalIssuerUrl', props.sso.internalIssuerUrl, (0, fields_1.httpUrl)());
        (0, prop_checks_1.checkProp)('sso.realm', props.sso.realm, (0, fields_1.keycloakRealm)());
        (0, prop_checks_1.checkProp)('sso.clientSecret', props.sso.clientSecret, (0, fields_1.clientSecret)(), secret);
    }
    if (props.smtp) {
        (0, prop_checks_1.checkProp)('smtp.url', props.smtp.url, (0, fields_1.smtpUrl)(), secret);
        (0, prop_checks_1.checkProp)('smtp.fromAddress', props.smtp.fromAddress, (0, fields_1.email)());
    }
    const init = props.headlessInit;
    if (init) {
        (0, prop_checks_1.checkProp)('headlessInit.orgId', init.orgId, (0, fields_1.slug)());
        (0, prop_checks_1.checkProp)('headlessInit.userEmail', init.userEmail, (0, fields_1.email)());
        (0, prop_checks_1.checkProp)('headlessInit.userPassword', init.userPassword, (0, fields_1.longSecret)(16), secret);
        if (init.project)
            (0, prop_checks_1.checkProp)('headlessInit.project.id', init.project.id, (0, fields_1.slug)());
        if (init.project?.keys) {
            (0, prop_checks_1.checkProp)('headlessInit.project.keys.publicKey', init.project.keys.publicKey, (0, switch_fields_1.langfuseApiKey)(), secret);
            (0, prop_checks_1.checkProp)('headlessInit.project.keys.secretKey', init.project.keys.secretKey, (0, switch_fields_1.langfuseApiKey)(), secret);
        }
    }
    if (props.backup) {
        (0, prop_checks_1.checkProp)('backup.credentials.accessKey', props.backup.credentials?.accessKey, (0, fields_1.s3Key)(), secret);
        (0, prop_checks_1.checkProp)('backup.credentials.secretKey', props.backup.credentials?.secretKey, (0, fields_1.s3Key)(), secret);
    }
}
