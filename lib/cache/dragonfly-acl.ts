import { z } from 'zod';
import { createHash } from 'crypto';
import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import type { DragonflySpecAclFromSecret } from '../../imports/dragonflydb.io';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkProp } from '../prop-checks';
import { SopsSecret } from '../secrets/sops-secret';
import { DRAGONFLY } from '../settings/shared-services';

/** The key of the ACL Secret that the Dragonfly CR's `aclFromSecret` reads. */
export const DRAGONFLY_ACL_KEY = 'acl.conf';

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
export class DragonflyDefaultUser {
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
  public static pingOnly(password?: string): DragonflyDefaultUser {
    if (password !== undefined) validatePassword('default', password);
    return new DragonflyDefaultUser(`USER default ON ${password !== undefined ? `>${password}` : 'nopass'} resetkeys resetchannels -@all +ping +auth +hello`);
  }

  /**
   * `default` may run every command on every key and channel, with `password`: the reference
   * deployment's default user, which clients of a shared Dragonfly that connect without a user name
   * (and the Dragonfly operator's probes) rely on.
   */
  public static allKeys(password: string): DragonflyDefaultUser {
    validatePassword('default', password);
    return new DragonflyDefaultUser(`USER default ON >${password} resetkeys ~* resetchannels allchannels -@all +@all`);
  }

  /**
   * `default` is off: any connection must AUTH as a named user before its first command. Stricter,
   * but every probe or tool that PINGs without a user name then fails with NOAUTH, including the
   * Dragonfly operator's liveness probe on the main port.
   */
  public static disabled(): DragonflyDefaultUser {
    return new DragonflyDefaultUser('USER default OFF resetpass resetkeys resetchannels -@all');
  }

  private constructor(
    /** The `default` line of `acl.conf`. */
    public readonly line: string,
  ) {}
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
export class DragonflyAcl extends Construct {
  public readonly secretName: string;
  public readonly namespace: string;
  public readonly secret: SopsSecret;
  private readonly defaultUser: DragonflyDefaultUser;
  private readonly _users: DragonflyAclUser[] = [];

  constructor(scope: Construct, id: string, props: DragonflyAclProps = {}) {
    super(scope, id);
    this.secretName = props.secretName ?? 'dragonfly-acl';
    this.namespace = props.namespace ?? DRAGONFLY.namespace;
    checkProp('dragonfly acl secretName', this.secretName, dnsSubdomain());
    checkProp('dragonfly acl namespace', this.namespace, dnsLabel());
    this.defaultUser = props.defaultUser ?? DragonflyDefaultUser.pingOnly();
    for (const user of props.users ?? []) this.addUser(user);
    this.secret = new SopsSecret(this, 'Secret', {
      name: this.secretName,
      namespace: this.namespace,
      labels: { 'app.kubernetes.io/name': 'dragonfly', 'app.kubernetes.io/component': 'acl' },
      stringData: { [DRAGONFLY_ACL_KEY]: Lazy.any({ produce: () => this.aclFile }) },
    });
  }

  /** The users, in the order they were added (the `default` line is separate). */
  public get users(): readonly DragonflyAclUser[] {
    return [...this._users];
  }

  /** The rendered `acl.conf`: the `default` line, then one line per user. */
  public get aclFile(): string {
    return [this.defaultUser.line, ...this._users.map((u) => u.line)].join('\n') + '\n';
  }

  /** SHA-256 of `acl.conf`, to roll Dragonfly pods when a user or password changes. */
  public get contentDigest(): string {
    return createHash('sha256').update(this.aclFile).digest('hex');
  }

  /** The Dragonfly CR's `spec.aclFromSecret` for this file. */
  public get aclFromSecret(): DragonflySpecAclFromSecret {
    return { name: this.secretName, key: DRAGONFLY_ACL_KEY };
  }

  /** Adds a user and returns it. */
  public addUser(options: DragonflyAclUserOptions): DragonflyAclUser {
    const { username } = options;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(username)) {
      throw new Error(`dragonfly acl username must be letters, digits, ".", "_" or "-" (got ${JSON.stringify(username)})`);
    }
    if (username === 'default') throw new Error('dragonfly acl user "default" is set with defaultUser, not addUser()');
    if (this._users.some((u) => u.username === username)) throw new Error(`dragonfly acl user "${username}" is added twice`);
    validatePassword(username, options.password);
    const keys = options.keyPatterns ?? [];
    const channels = options.channelPatterns ?? [];
    if (options.allChannels && channels.length > 0) throw new Error(`dragonfly acl user "${username}" has allChannels and channel patterns: give one of them`);
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
    const user: DragonflyAclUser = { ...options, keyPatterns: keys, channelPatterns: channels, commandRules: commands, line };
    this._users.push(user);
    return user;
  }
}

/** A password acl.conf can hold: Dragonfly splits the file on spaces and newlines, and reads ">" and "<" as rule prefixes. */
const aclPassword = z.string().min(8, { message: 'must be at least 8 characters' })
  .regex(/^\S*$/, { message: 'must not contain whitespace: acl.conf is split on spaces and newlines' })
  .regex(/^[^<>]/, { message: 'must not start with ">" or "<"' });

function validatePassword(username: string, password: string): void {
  checkProp(`dragonfly acl user "${username}": password`, password, aclPassword, { secret: true });
}
