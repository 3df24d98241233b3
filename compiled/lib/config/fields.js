"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.email = exports.ratio = exports.flag = exports.intBetween = exports.shortText = exports.secondsCron = exports.pinnedImage = exports.smtpUrl = exports.httpUrl = exports.s3Key = exports.urlSafePassword = exports.longSecret = exports.clientSecret = exports.keycloakRealm = exports.encryptionKey = exports.secretDataKey = exports.dnsSubdomain = exports.cronSchedule = exports.migrationStage = exports.hostAndPort = exports.port = exports.hostName = exports.slug = exports.domainName = exports.labelValue = exports.labelName = exports.treePath = exports.dnsLabel = exports.checkedString = exports.MAX_TEXT_LENGTH = exports.MAX_SECRET_LENGTH = exports.memoryQuantity = exports.cpuQuantity = exports.storageQuantity = void 0;
const zod_1 = require("zod");
const clickhouse_migration_stage_1 = require("../clickhouse/clickhouse-migration-stage");
const cron_expression_1 = require("../formats/cron-expression");
const endpoint_url_1 = require("../formats/endpoint-url");
const image_reference_1 = require("../formats/image-reference");
/**
 * Reusable field schemas for the config file. Every message says what is allowed, because the
 * config loader prints it next to the key path and the (masked) bad value.
 */
/** A Kubernetes quantity with a binary suffix, as the reference accepts (`10Gi`, `512Mi`). */
const storageQuantity = () => zod_1.z.string().regex(/^[1-9][0-9]*(Ki|Mi|Gi|Ti)$/, { message: 'must be a Kubernetes quantity with a binary suffix, like "10Gi" or "512Mi"' });
exports.storageQuantity = storageQuantity;
/** A CPU quantity (`200m`, `1`, `1.5`). */
const cpuQuantity = () => zod_1.z.string().regex(/^([1-9][0-9]*m|[0-9]+(\.[0-9]+)?)$/, { message: 'must be a CPU quantity, like "200m" or "1"' });
exports.cpuQuantity = cpuQuantity;
/** A memory quantity (`512Mi`, `2Gi`). */
exports.memoryQuantity = exports.storageQuantity;
/**
 * The longest secret value: far above what any key needs, and low enough that every Secret built
 * from config values stays under the Kubernetes limit of 1 MiB per Secret.
 */
exports.MAX_SECRET_LENGTH = 1024;
/** The longest plain text value (names, titles). */
exports.MAX_TEXT_LENGTH = 256;
/** A string field (at most `max` characters) checked by a function that returns a problem text, or undefined when the value is fine. */
const checkedString = (problem, max) => (max === undefined ? zod_1.z.string() : zod_1.z.string().max(max, { message: `must be at most ${max} characters` })).superRefine((value, ctx) => {
    const found = problem(value);
    if (found !== undefined)
        ctx.addIssue({ code: 'custom', message: found });
});
exports.checkedString = checkedString;
/** A DNS-1123 label (one component of a host name). */
const dnsLabel = () => zod_1.z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    message: 'must be a DNS label: lowercase letters, digits and "-", 1 to 63 characters, starting and ending with a letter or digit',
});
exports.dnsLabel = dnsLabel;
/** A relative folder path inside the output tree: no "." or ".." segments, no hidden folders, no absolute path. */
const treePath = () => zod_1.z.string().max(200, { message: 'must be at most 200 characters' }).regex(/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*$/, {
    message: 'must be a relative path like "kubernetes/apps": lowercase segments of letters, digits, ".", "_" or "-" separated by "/", '
        + 'each starting and ending with a letter or digit (no "..", no leading "/" or ".")',
});
exports.treePath = treePath;
/**
 * A Kubernetes label name: an optional DNS-subdomain prefix and "/", then a name of at most 63
 * letters, digits, "-", "_" and ".", starting and ending with a letter or digit.
 */
const labelName = () => zod_1.z.string().max(317, { message: 'must be at most 317 characters' }).regex(/^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, {
    message: 'must be a label name like "release" or "example.com/team": an optional DNS prefix and "/", then 1 to 63 letters, digits, "-", "_" or ".", '
        + 'starting and ending with a letter or digit',
}).refine((name) => !name.includes('/') || name.indexOf('/') <= 253, { message: 'must have a prefix of at most 253 characters' });
exports.labelName = labelName;
/** A Kubernetes label value: empty, or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit. */
const labelValue = () => zod_1.z.string().regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/, {
    message: 'must be a label value: empty, or 1 to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
});
exports.labelValue = labelValue;
/** A fully qualified domain name without a trailing dot. */
const domainName = () => zod_1.z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    message: 'must be a lowercase domain name like "example.com" (no scheme, no trailing dot)',
});
exports.domainName = domainName;
/** A slug as the reference's init ids use. */
const slug = () => zod_1.z.string().max(63, { message: 'must be at most 63 characters' }).regex(/^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/, { message: 'must be a slug: 2 to 63 lowercase letters, digits or "-", not starting or ending with "-"' });
exports.slug = slug;
const HOST = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';
/** A host name (like a Service's DNS name), without a scheme or a port. */
const hostName = (example = 'clickhouse.ai-system.svc.cluster.local') => zod_1.z.string().max(253, { message: 'must be at most 253 characters' }).regex(new RegExp(`^${HOST}$`), { message: `must be a host name like "${example}"` });
exports.hostName = hostName;
/** A TCP port. */
const port = () => (0, exports.intBetween)(1, 65535);
exports.port = port;
/** `host:port`, like the address of a native ClickHouse port. */
const hostAndPort = (example = 'clickhouse.ai-system.svc.cluster.local:9000') => (0, exports.checkedString)((v) => {
    const parts = new RegExp(`^(${HOST}):([0-9]{1,5})$`).exec(v);
    return parts && Number(parts[parts.length - 1]) >= 1 && Number(parts[parts.length - 1]) <= 65535 ? undefined : `must be host:port like "${example}"`;
}, 260);
exports.hostAndPort = hostAndPort;
/** A ClickHouse migration stage of a construct's props (a JavaScript caller may pass any string). */
const migrationStage = () => zod_1.z.enum(clickhouse_migration_stage_1.CLICKHOUSE_MIGRATION_STAGES, {
    message: `must be one of ${clickhouse_migration_stage_1.CLICKHOUSE_MIGRATION_STAGES.map((s) => `ClickHouseMigrationStage.${s.toUpperCase()}`).join(', ')}`,
});
exports.migrationStage = migrationStage;
/** A Kubernetes CronJob schedule: five fields, or a descriptor (robfig/cron's standard parser). */
const cronSchedule = () => (0, exports.checkedString)((v) => (0, cron_expression_1.cronProblem)(v, { seconds: false }));
exports.cronSchedule = cronSchedule;
/** A Kubernetes object name (DNS-1123 subdomain): Secrets, storage and priority classes. */
const dnsSubdomain = () => zod_1.z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, {
    message: 'must be a Kubernetes object name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit',
});
exports.dnsSubdomain = dnsSubdomain;
/** A key of a Secret's data (`[-._a-zA-Z0-9]+`, at most 253 characters). */
const secretDataKey = () => zod_1.z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^[-._a-zA-Z0-9]+$/, { message: 'must be a Secret key: letters, digits, "-", "_" or "."' });
exports.secretDataKey = secretDataKey;
/** ENCRYPTION_KEY: 32 bytes as 64 lowercase hex characters. */
const encryptionKey = () => zod_1.z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be exactly 64 lowercase hex characters (openssl rand -hex 32)' });
exports.encryptionKey = encryptionKey;
/** A Keycloak realm name. */
const keycloakRealm = () => zod_1.z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, { message: 'must be a realm name of 1 to 255 letters, digits, "_" or "-"' });
exports.keycloakRealm = keycloakRealm;
/** The secret of a confidential Keycloak client. */
const clientSecret = () => (0, exports.longSecret)(16).regex(/^\S+$/, { message: 'must not contain whitespace' });
exports.clientSecret = clientSecret;
/** A secret of at least `min` characters (NEXTAUTH_SECRET, SALT, ...). */
const longSecret = (min = 32) => zod_1.z.string().min(min, { message: `must be at least ${min} characters (generate one with: langfuse-cdk8s secrets generate; in a checkout: npm run cli -- secrets generate)` })
    .max(exports.MAX_SECRET_LENGTH, { message: `must be at most ${exports.MAX_SECRET_LENGTH} characters` });
exports.longSecret = longSecret;
/**
 * A password that must stay URL-safe because it cannot be percent-encoded where a consumer pastes it
 * into a URL; `why` says which consumer (most connection passwords are percent-encoded instead, see
 * lib/config/switch-fields.ts).
 */
const urlSafePassword = (min = 16, why = 'the chart pastes it unencoded into a connection URL') => zod_1.z.string().min(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` }).max(exports.MAX_SECRET_LENGTH, { message: `must be at most ${exports.MAX_SECRET_LENGTH} characters` })
    .regex(/^[A-Za-z0-9._~-]+$/, {
    message: `must contain only letters, digits and . _ ~ - (${why})`,
});
exports.urlSafePassword = urlSafePassword;
/** An S3 access key or secret key. */
const s3Key = () => zod_1.z.string().min(3, { message: 'must be at least 3 characters' })
    .max(exports.MAX_SECRET_LENGTH, { message: `must be at most ${exports.MAX_SECRET_LENGTH} characters` }).regex(/^\S+$/, { message: 'must not contain whitespace' });
exports.s3Key = s3Key;
/** An http(s) endpoint URL without user info or a trailing slash, in canonical form (see `endpointUrlProblem`). */
const httpUrl = (options = {}) => (0, exports.checkedString)((v) => (0, endpoint_url_1.endpointUrlProblem)(v, { schemes: ['http', 'https'], ...options }) ?? (v.endsWith('/') ? 'must not end with "/"' : undefined));
exports.httpUrl = httpUrl;
/** An SMTP connection URL (`smtp://user:password@host:587`); it carries a password, so messages never show it. */
const smtpUrl = () => (0, exports.checkedString)((v) => (0, endpoint_url_1.endpointUrlProblem)(v, { schemes: ['smtp', 'smtps'], userinfo: true, path: false, query: true }), 2048);
exports.smtpUrl = smtpUrl;
/** A container image pinned to a version tag or a digest, by the image reference grammar. */
const pinnedImage = (extra = () => undefined, example) => (0, exports.checkedString)((v) => extra(v) ?? (0, image_reference_1.pinnedImageProblem)(v, example));
exports.pinnedImage = pinnedImage;
/** A cron schedule with seconds first, as CloudNativePG's ScheduledBackup reads it (robfig/cron). */
const secondsCron = () => (0, exports.checkedString)((v) => (0, cron_expression_1.cronProblem)(v, { seconds: true }));
exports.secondsCron = secondsCron;
/** A non-empty text of at most {@link MAX_TEXT_LENGTH} characters. */
const shortText = () => zod_1.z.string().min(1, { message: 'must not be empty' }).max(exports.MAX_TEXT_LENGTH, { message: `must be at most ${exports.MAX_TEXT_LENGTH} characters` });
exports.shortText = shortText;
/** A positive integer between `min` and `max`. */
const intBetween = (min, max) => zod_1.z.number({ message: `must be a whole number from ${min} to ${max}` }).int({ message: `must be a whole number from ${min} to ${max}` }).min(min, {
    message: `must be a whole number from ${min} to ${max}`,
}).max(max, { message: `must be a whole number from ${min} to ${max}` });
exports.intBetween = intBetween;
/** A boolean flag. */
const flag = () => zod_1.z.boolean({ message: 'must be true or false' });
exports.flag = flag;
/** A ratio in (0, 1], written as a number or a numeric string (the seed writes "0.1"). */
const ratio = () => zod_1.z.union([zod_1.z.number(), zod_1.z.string().regex(/^[0-9]*\.?[0-9]+$/)], { message: 'must be a number greater than 0 and at most 1, like 0.1' })
    .transform((v) => Number(v))
    .refine((v) => v > 0 && v <= 1, { message: 'must be a number greater than 0 and at most 1, like 0.1' });
exports.ratio = ratio;
/** An email address. */
const email = () => zod_1.z.string().max(254, { message: 'must be at most 254 characters' }).regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { message: 'must be an email address like "admin@example.com"' });
exports.email = email;
