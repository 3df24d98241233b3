"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.email = exports.ratio = exports.flag = exports.intBetween = exports.httpUrl = exports.s3Key = exports.urlSafePassword = exports.longSecret = exports.slug = exports.domainName = exports.dnsLabel = exports.memoryQuantity = exports.cpuQuantity = exports.storageQuantity = void 0;
const zod_1 = require("zod");
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
/** A DNS-1123 label (one component of a host name). */
const dnsLabel = () => zod_1.z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    message: 'must be a DNS label: lowercase letters, digits and "-", 1 to 63 characters, starting and ending with a letter or digit',
});
exports.dnsLabel = dnsLabel;
/** A fully qualified domain name without a trailing dot. */
const domainName = () => zod_1.z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    message: 'must be a lowercase domain name like "example.com" (no scheme, no trailing dot)',
});
exports.domainName = domainName;
/** A slug as the reference's init ids use. */
const slug = () => zod_1.z.string().regex(/^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/, { message: 'must be a slug: 2 to 63 lowercase letters, digits or "-", not starting or ending with "-"' });
exports.slug = slug;
/** A secret of at least `min` characters (NEXTAUTH_SECRET, SALT, ...). */
const longSecret = (min = 32) => zod_1.z.string().min(min, { message: `must be at least ${min} characters (generate one with: npm run cli -- secrets generate)` });
exports.longSecret = longSecret;
/**
 * A password that Langfuse's chart pastes unencoded into a connection URL (Postgres, ClickHouse,
 * Redis), so only URL-safe characters work.
 */
const urlSafePassword = (min = 16) => zod_1.z.string().min(min, { message: `must be at least ${min} characters` }).regex(/^[A-Za-z0-9._~-]+$/, {
    message: 'must contain only letters, digits and . _ ~ - (the chart pastes it unencoded into a connection URL)',
});
exports.urlSafePassword = urlSafePassword;
/** An S3 access key or secret key. */
const s3Key = () => zod_1.z.string().min(3, { message: 'must be at least 3 characters' }).regex(/^\S+$/, { message: 'must not contain whitespace' });
exports.s3Key = s3Key;
/** An http(s) URL without a trailing slash. */
const httpUrl = () => zod_1.z.string().regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http:// or https:// URL' }).refine((v) => !v.endsWith('/'), {
    message: 'must not end with "/"',
});
exports.httpUrl = httpUrl;
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
const email = () => zod_1.z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { message: 'must be an email address like "admin@example.com"' });
exports.email = email;
