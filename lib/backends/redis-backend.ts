import { z } from 'zod';
import { dnsLabel, hostName, urlSafePassword } from '../config/fields';
import { dragonflyPassword } from '../config/switch-fields';
import { checkOptionalProps, checkProp } from '../prop-checks';
import { DRAGONFLY } from '../settings/shared-services';

/** Where Langfuse keeps its queues and caches. Create one with a static factory. */
export abstract class RedisBackend {
  /**
   * The shared Dragonfly, connecting as the ACL user `username` whose keys are restricted to
   * `<keyPrefix>*`; Langfuse gets `REDIS_KEY_PREFIX=<keyPrefix>` so the restriction holds.
   */
  public static dragonflyAcl(options: DragonflyAclBackendOptions): RedisBackend {
    checkDragonflyOptions('RedisBackend.dragonflyAcl()', options);
    checkOptionalProps([['RedisBackend.dragonflyAcl() username', options.username, aclUsername]]);
    const keyPrefix = options.keyPrefix ?? 'langfuse:';
    if (!keyPrefix.endsWith(':')) {
      throw new Error(`redis key prefix must end with ":" (got "${keyPrefix}"): without it cache keys become "${keyPrefix}api-key..." and the ACL rejects them`);
    }
    return new DragonflyBackend({ ...options, username: options.username ?? 'langfuse', keyPrefix });
  }

  /** The shared Dragonfly, as its default user with the Dragonfly password. */
  public static dragonfly(options: DragonflyBackendOptions): RedisBackend {
    checkDragonflyOptions('RedisBackend.dragonfly()', options);
    return new DragonflyBackend({ ...options, username: 'default', keyPrefix: undefined });
  }

  /** The Valkey that the chart bundles, with a password from a Secret. */
  public static bundledValkey(password: string): RedisBackend {
    checkProp('RedisBackend.bundledValkey() password', password, urlSafePassword(1), { secret: true });
    return new BundledValkey(password);
  }

  /** The password Langfuse authenticates with. */
  public abstract readonly password: string;
  /** Whether the chart deploys the store itself. */
  public abstract readonly bundled: boolean;
}

/** The password reaches the Redis URL percent-encoded and Dragonfly's acl.conf; the host and namespace become Service names. */
function checkDragonflyOptions(owner: string, options: DragonflyBackendOptions): void {
  checkProp(`${owner} password`, options.password, dragonflyPassword(1), { secret: true });
  checkOptionalProps([[`${owner} namespace`, options.namespace, dnsLabel()], [`${owner} host`, options.host, hostName('dragonfly.cache.svc.cluster.local')]]);
}

const aclUsername = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'must be letters, digits, ".", "_" or "-"' });

/** Options of `RedisBackend.dragonfly()`. */
export interface DragonflyBackendOptions {
  /** Password of the user Langfuse connects as. */
  readonly password: string;
  /**
   * Service host.
   * @default 'dragonfly.cache.svc.cluster.local'
   */
  readonly host?: string;
  /**
   * Namespace of Dragonfly, for network policies and the Flux dependency.
   * @default 'cache'
   */
  readonly namespace?: string;
}

/** Options of `RedisBackend.dragonflyAcl()`. */
export interface DragonflyAclBackendOptions extends DragonflyBackendOptions {
  /**
   * ACL user name.
   * @default 'langfuse'
   */
  readonly username?: string;
  /**
   * Key prefix the ACL user is restricted to; must end with ":".
   * @default 'langfuse:'
   */
  readonly keyPrefix?: string;
}

/** The shared Dragonfly. */
export class DragonflyBackend extends RedisBackend {
  public readonly bundled = false;
  public readonly password: string;
  public readonly host: string;
  public readonly namespace: string;
  public readonly port = 6379;
  public readonly username: string;
  /** Set when connecting as an ACL user. */
  public readonly keyPrefix?: string;

  constructor(options: DragonflyBackendOptions & { readonly username: string; readonly keyPrefix: string | undefined }) {
    super();
    this.password = options.password;
    this.namespace = options.namespace ?? DRAGONFLY.namespace;
    this.host = options.host ?? `dragonfly.${this.namespace}.svc.cluster.local`;
    this.username = options.username;
    this.keyPrefix = options.keyPrefix;
  }

  /** Whether Langfuse connects as a restricted ACL user. */
  public get acl(): boolean {
    return this.keyPrefix !== undefined;
  }
}

/** The chart's bundled Valkey. */
export class BundledValkey extends RedisBackend {
  public readonly bundled = true;
  constructor(public readonly password: string) {
    super();
  }
}
