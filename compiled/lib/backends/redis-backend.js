"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BundledValkey = exports.DragonflyBackend = exports.RedisBackend = void 0;
const zod_1 = require("zod");
const fields_1 = require("../config/fields");
const switch_fields_1 = require("../config/switch-fields");
const prop_checks_1 = require("../prop-checks");
const shared_services_1 = require("../settings/shared-services");
/** Where Langfuse keeps its queues and caches. Create one with a static factory. */
class RedisBackend {
    /**
     * The shared Dragonfly, connecting as the ACL user `username` whose keys are restricted to
     * `<keyPrefix>*`; Langfuse gets `REDIS_KEY_PREFIX=<keyPrefix>` so the restriction holds.
     */
    static dragonflyAcl(options) {
        checkDragonflyOptions('RedisBackend.dragonflyAcl()', options);
        (0, prop_checks_1.checkOptionalProps)([['RedisBackend.dragonflyAcl() username', options.username, aclUsername]]);
        const keyPrefix = options.keyPrefix ?? 'langfuse:';
        if (!keyPrefix.endsWith(':')) {
            throw new Error(`redis key prefix must end with ":" (got "${keyPrefix}"): without it cache keys become "${keyPrefix}api-key..." and the ACL rejects them`);
        }
        return new DragonflyBackend({ ...options, username: options.username ?? 'langfuse', keyPrefix });
    }
    /** The shared Dragonfly, as its default user with the Dragonfly password. */
    static dragonfly(options) {
        checkDragonflyOptions('RedisBackend.dragonfly()', options);
        return new DragonflyBackend({ ...options, username: 'default', keyPrefix: undefined });
    }
    /** The Valkey that the chart bundles, with a password from a Secret. */
    static bundledValkey(password) {
        (0, prop_checks_1.checkProp)('RedisBackend.bundledValkey() password', password, (0, fields_1.urlSafePassword)(1), { secret: true });
        return new BundledValkey(password);
    }
}
exports.RedisBackend = RedisBackend;
/** The password reaches the Redis URL percent-encoded and Dragonfly's acl.conf; the host and namespace become Service names. */
function checkDragonflyOptions(owner, options) {
    (0, prop_checks_1.checkProp)(`${owner} password`, options.password, (0, switch_fields_1.dragonflyPassword)(1), { secret: true });
    (0, prop_checks_1.checkOptionalProps)([[`${owner} namespace`, options.namespace, (0, fields_1.dnsLabel)()], [`${owner} host`, options.host, (0, fields_1.hostName)('dragonfly.cache.svc.cluster.local')]]);
}
const aclUsername = zod_1.z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'must be letters, digits, ".", "_" or "-"' });
/** The shared Dragonfly. */
class DragonflyBackend extends RedisBackend {
    bundled = false;
    password;
    host;
    namespace;
    port = 6379;
    username;
    /** Set when connecting as an ACL user. */
    keyPrefix;
    constructor(options) {
        super();
        this.password = options.password;
        this.namespace = options.namespace ?? shared_services_1.DRAGONFLY.namespace;
        this.host = options.host ?? `dragonfly.${this.namespace}.svc.cluster.local`;
        this.username = options.username;
        this.keyPrefix = options.keyPrefix;
    }
    /** Whether Langfuse connects as a restricted ACL user. */
    get acl() {
        return this.keyPrefix !== undefined;
    }
}
exports.DragonflyBackend = DragonflyBackend;
/** The chart's bundled Valkey. */
class BundledValkey extends RedisBackend {
    password;
    bundled = true;
    constructor(password) {
        super();
        this.password = password;
    }
}
exports.BundledValkey = BundledValkey;
