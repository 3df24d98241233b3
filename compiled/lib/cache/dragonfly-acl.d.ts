import { Construct } from 'constructs';
import type { DragonflySpecAclFromSecret } from '../../imports/dragonflydb.io';
import { SopsSecret } from '../secrets/sops-secret';
/** The key of the ACL Secret that the Dragonfly CR's `aclFromSecret` reads. */
export declare const DRAGONFLY_ACL_KEY = "acl.conf";
/** The Dragonfly ACL app of a `LangfuseChart` (needs the ACL redis backend). Present means on. */
export interface DragonflyAclOptions {
    /**
     * Name of the Secret that the Dragonfly CR's `aclFromSecret` names.
     * @default 'dragonfly-acl'
     */
    readonly secretName?: string;
    /**
     * Password of the locked-down `default` user (the Dragonfly CR's `passwordFromSecret` value).
     * @default - any password (`nopass`); `default` can still only PING
     */
    readonly defaultUserPassword?: string;
    /**
     * What `default` may do: only PING (`ping-only`), or everything on every key and channel
     * (`all-keys`, the reference deployment's `user default on >password ~* allchannels +@all`, for
     * clients of a shared Dragonfly that connect without a user name; needs `defaultUserPassword`).
     * @default 'ping-only'
     */
    readonly defaultUserAccess?: 'ping-only' | 'all-keys';
    /**
     * The other users of a shared Dragonfly, kept in the file so that it can replace a shared one
     * without locking them out.
     * @default - none
     */
    readonly extraUsers?: readonly DragonflyAclUserOptions[];
}
/** Options of `DragonflyAcl.addUser()`. */
export interface DragonflyAclUserOptions {
    /** ACL user name (letters, digits, `.`, `_`, `-`; not `default`, see `defaultUser`). */
    readonly username: string;
    /**
     * The user's password, in clear (the Secret is SOPS-encrypted). Dragonfly's ACL file is split on
     * single spaces and newlines, so whitespace is refused.
     */
    readonly password: string;
    /**
     * Key globs the user may touch, without the `~`, like `langfuse:*`.
     * @default - no keys
     */
    readonly keyPatterns?: readonly string[];
    /**
     * Pub/sub channel globs, without the `&`.
     * @default - no channels
     */
    readonly channelPatterns?: readonly string[];
    /**
     * Command rules in Dragonfly's ACL language, applied in order after `-@all`.
     * @default ['+@all']
     */
    readonly commandRules?: readonly string[];
    /**
     * Every pub/sub channel (`allchannels`; Dragonfly does not read `&*`), in place of `channelPatterns`.
     * @default false
     */
    readonly allChannels?: boolean;
}
/** A user of the ACL file. */
export interface DragonflyAclUser extends DragonflyAclUserOptions {
    /** The user's line of `acl.conf`. */
    readonly line: string;
}
/**
 * How the built-in `default` user is locked down. Create one with a static factory.
 *
 * Every connection is `default` until it runs AUTH, and Dragonfly gives `default` every command on
 * every key with any password unless the ACL file says otherwise, so the file always has a
 * `default` line.
 */
export declare class DragonflyDefaultUser {
    /** The `default` line of `acl.conf`. */
    readonly line: string;
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
    static pingOnly(password?: string): DragonflyDefaultUser;
    /**
     * `default` may run every command on every key and channel, with `password`: the reference
     * deployment's default user, which clients of a shared Dragonfly that connect without a user name
     * (and the Dragonfly operator's probes) rely on.
     */
    static allKeys(password: string): DragonflyDefaultUser;
    /**
     * `default` is off: any connection must AUTH as a named user before its first command. Stricter,
     * but every probe or tool that PINGs without a user name then fails with NOAUTH, including the
     * Dragonfly operator's liveness probe on the main port.
     */
    static disabled(): DragonflyDefaultUser;
    private constructor();
}
/** Props of `DragonflyAcl`. */
export interface DragonflyAclProps {
    /**
     * Name of the Secret.
     * @default 'dragonfly-acl'
     */
    readonly secretName?: string;
    /**
     * Namespace of the Secret (Dragonfly's).
     * @default 'cache'
     */
    readonly namespace?: string;
    /**
     * The `default` user's line.
     * @default DragonflyDefaultUser.pingOnly()
     */
    readonly defaultUser?: DragonflyDefaultUser;
    /** @default - none; add them with `addUser()` */
    readonly users?: readonly DragonflyAclUserOptions[];
}
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
export declare class DragonflyAcl extends Construct {
    readonly secretName: string;
    readonly namespace: string;
    readonly secret: SopsSecret;
    private readonly defaultUser;
    private readonly _users;
    constructor(scope: Construct, id: string, props?: DragonflyAclProps);
    /** The users, in the order they were added (the `default` line is separate). */
    get users(): readonly DragonflyAclUser[];
    /** The rendered `acl.conf`: the `default` line, then one line per user. */
    get aclFile(): string;
    /** SHA-256 of `acl.conf`, to roll Dragonfly pods when a user or password changes. */
    get contentDigest(): string;
    /** The Dragonfly CR's `spec.aclFromSecret` for this file. */
    get aclFromSecret(): DragonflySpecAclFromSecret;
    /** Adds a user and returns it. */
    addUser(options: DragonflyAclUserOptions): DragonflyAclUser;
}
