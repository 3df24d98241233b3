/** Where Langfuse keeps its queues and caches. Create one with a static factory. */
export declare abstract class RedisBackend {
    /**
     * The shared Dragonfly, connecting as the ACL user `username` whose keys are restricted to
     * `<keyPrefix>*`; Langfuse gets `REDIS_KEY_PREFIX=<keyPrefix>` so the restriction holds.
     */
    static dragonflyAcl(options: DragonflyAclBackendOptions): RedisBackend;
    /** The shared Dragonfly, as its default user with the Dragonfly password. */
    static dragonfly(options: DragonflyBackendOptions): RedisBackend;
    /** The Valkey that the chart bundles, with a password from a Secret. */
    static bundledValkey(password: string): RedisBackend;
    /** The password Langfuse authenticates with. */
    abstract readonly password: string;
    /** Whether the chart deploys the store itself. */
    abstract readonly bundled: boolean;
}
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
export declare class DragonflyBackend extends RedisBackend {
    readonly bundled = false;
    readonly password: string;
    readonly host: string;
    readonly namespace: string;
    readonly port = 6379;
    readonly username: string;
    /** Set when connecting as an ACL user. */
    readonly keyPrefix?: string;
    constructor(options: DragonflyBackendOptions & {
        readonly username: string;
        readonly keyPrefix: string | undefined;
    });
    /** Whether Langfuse connects as a restricted ACL user. */
    get acl(): boolean;
}
/** The chart's bundled Valkey. */
export declare class BundledValkey extends RedisBackend {
    readonly password: string;
    readonly bundled = true;
    constructor(password: string);
}
