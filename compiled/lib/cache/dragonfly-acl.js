"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DragonflyAcl = exports.DragonflyDefaultUser = exports.DRAGONFLY_ACL_KEY = void 0;
const zod_1 = require("zod");
const crypto_1 = require("crypto");
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
const sops_secret_1 = require("../secrets/sops-secret");
const shared_services_1 = require("../settings/shared-services");
/** The key of the ACL Secret that the Dragonfly CR's `aclFromSecret` reads. */
exports.DRAGONFLY_ACL_KEY = 'acl.conf';
/**
 * How the built-in `default` user is locked down. Create one with a static factory.
 *
 * Every connection is `default` until it runs AUTH, and Dragonfly gives `default` every command on
 * every key with any password unless the ACL file says otherwise, so the file always has a
 * `default` line.
 */
class DragonflyDefaultUser {
    line;
    /**
     * `default` may connect (with `password`, else with any password) and run nothing but PING,
     * AUTH and HELLO. It reaches no key and no channel.
     *
     * This is the recommended lockdown: the Dragonfly operator's liveness and startup probes run
     * `redis-cli [-a $DFLY_requirepass] PING` on the main port as `default`, and clients switch to
     * their own user with AUTH/HELLO on a connection that starts as `default`. Give `password` the
     * Dragonfly CR's `authentication.passwordFromSecret` value when it has one: with an ACL file,
     * Dragonfly takes `default`'s password from the file, not from `--requirepass`.
     */
    static pingOnly(password) {
        if (password !== undefined)
            validatePassword('default', password);
        return new DragonflyDefaultUser(`USER default ON ${password !== undefined ? `>${password}` : 'nopass'} resetkeys resetchannels -@all +ping +auth +hello`);
    }
    /**
     * `default` may run every command on every key and channel, with `password`: the reference
     * deployment's default user, which clients of a shared Dragonfly that connect without a user name
     * (and the Dragonfly operator's probes) rely on.
     */
    static allKeys(password) {
        validatePassword('default', password);
        return new DragonflyDefaultUser(`USER default ON >${password} resetkeys ~* resetchannels allchannels -@all +@all`);
    }
    /**
     * `default` is off: any connection must AUTH as a named user before its first command. Stricter,
     * but every probe or tool that PINGs without a user name then fails with NOAUTH, including the
     * Dragonfly operator's liveness probe on the main port.
     */
    static disabled() {
        return new DragonflyDefaultUser('USER default OFF resetpass resetkeys resetchannels -@all');
    }
    constructor(
    /** The `default` line of `acl.conf`. */
    line) {
        this.line = line;
    }
}
exports.DragonflyDefaultUser = DragonflyDefaultUser;
/**
 * Dragonfly's ACL file (`acl.conf`) as a SOPS-encrypted Secret, rendered from typed users, for the
 * Dragonfly CR's `aclFromSecret` (see `aclFromSecret`). Other apps add their own users with
 * `addUser()`; the file is rendered at synthesis, so users added later are included.
 *
 * The file grammar is Dragonfly's: one `USER <name> <rules...>` line per user, tokens separated by
 * single spaces, at least two rules. Dragonfly reads the file at start (and on `ACL LOAD`), not
 * when the Secret changes: restart the Dragonfly pods (or run `ACL LOAD`) after a change, for
 * example with a pod annotation of `contentDigest`.
 *
 * BullMQ (Langfuse's queues) runs Lua scripts that touch keys they do not declare; Dragonfly must
 * run with `--default_lua_flags=allow-undeclared-keys`, or ingestion silently stalls. Keep
 * `--cache_mode` off: eviction would lose queued jobs.
 * @see https://www.dragonflydb.io/docs/managing-dragonfly/acl
 */
class DragonflyAcl extends constructs_1.Construct {
    secretName;
    namespace;
    secret;
    defaultUser;
    _users = [];
    constructor(scope, id, props = {}) {
        super(scope, id);
        this.secretName = props.secretName ?? 'dragonfly-acl';
        this.namespace = props.namespace ?? shared_services_1.DRAGONFLY.namespace;
        (0, prop_checks_1.checkProp)('dragonfly acl secretName', this.secretName, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)('dragonfly acl namespace', this.namespace, (0, fields_1.dnsLabel)());
        this.defaultUser = props.defaultUser ?? DragonflyDefaultUser.pingOnly();
        for (const user of props.users ?? [])
            this.addUser(user);
        this.secret = new sops_secret_1.SopsSecret(this, 'Secret', {
            name: this.secretName,
            namespace: this.namespace,
            labels: { 'app.kubernetes.io/name': 'dragonfly', 'app.kubernetes.io/component': 'acl' },
            stringData: { [exports.DRAGONFLY_ACL_KEY]: cdk8s_1.Lazy.any({ produce: () => this.aclFile }) },
        });
    }
    /** The users, in the order they were added (the `default` line is separate). */
    get users() {
        return [...this._users];
    }
    /** The rendered `acl.conf`: the `default` line, then one line per user. */
    get aclFile() {
        return [this.defaultUser.line, ...this._users.map((u) => u.line)].join('\n') + '\n';
    }
    /** SHA-256 of `acl.conf`, to roll Dragonfly pods when a user or password changes. */
    get contentDigest() {
        return (0, crypto_1.createHash)('sha256').update(this.aclFile).digest('hex');
    }
    /** The Dragonfly CR's `spec.aclFromSecret` for this file. */
    get aclFromSecret() {
        return { name: this.secretName, key: exports.DRAGONFLY_ACL_KEY };
    }
    /** Adds a user and returns it. */
    addUser(options) {
        const { username } = options;
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(username)) {
            throw new Error(`dragonfly acl username must be letters, digits, ".", "_" or "-" (got ${JSON.stringify(username)})`);
        }
        if (username === 'default')
            throw new Error('dragonfly acl user "default" is set with defaultUser, not addUser()');
        if (this._users.some((u) => u.username === username))
            throw new Error(`dragonfly acl user "${username}" is added twice`);
        validatePassword(username, options.password);
        const keys = options.keyPatterns ?? [];
        const channels = options.channelPatterns ?? [];
        if (options.allChannels && channels.length > 0)
            throw new Error(`dragonfly acl user "${username}" has allChannels and channel patterns: give one of them`);
        const commands = options.commandRules ?? ['+@all'];
        for (const pattern of [...keys, ...channels]) {
            if (pattern === '' || /\s/.test(pattern) || /^[~&%]/.test(pattern)) {
                throw new Error(`dragonfly acl user "${username}": keyPatterns and channelPatterns must be non-empty globs without whitespace or a leading ~, & or % `
                    + `(got "${pattern}")`);
            }
        }
        for (const rule of commands) {
            if (!/^[+-](@[A-Za-z]+|[A-Za-z][A-Za-z0-9_|.-]*)$/.test(rule)) {
                throw new Error(`dragonfly acl user "${username}": commandRules must look like "+@all", "-@dangerous" or "+info" (got "${rule}")`);
            }
        }
        const line = ['USER', username, 'ON', `>${options.password}`, 'resetkeys', ...keys.map((k) => `~${k}`),
            'resetchannels', ...(options.allChannels ? ['allchannels'] : channels.map((c) => `&${c}`)), '-@all', ...commands].join(' ');
        const user = { ...options, keyPatterns: keys, channelPatterns: channels, commandRules: commands, line };
        this._users.push(user);
        return user;
    }
}
exports.DragonflyAcl = DragonflyAcl;
/** A password acl.conf can hold: Dragonfly splits the file on spaces and newlines, and reads ">" and "<" as rule prefixes. */
const aclPassword = zod_1.z.string().min(8, { message: 'must be at least 8 characters' })
    .regex(/^\S*$/, { message: 'must not contain whitespace: acl.conf is split on spaces and newlines' })
    .regex(/^[^<>]/, { message: 'must not start with ">" or "<"' });
function validatePassword(username, password) {
    (0, prop_checks_1.checkProp)(`dragonfly acl user "${username}": password`, password, aclPassword, { secret: true });
}
