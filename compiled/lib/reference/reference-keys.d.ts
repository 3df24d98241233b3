/**
 * Keys of the reference deployment's cluster.yaml that this tool reads differently, under another
 * name or not at all: what `import-reference` does with each, and what a regular config's loader
 * says when one of them turns up as an unknown key (instead of an edit-distance guess that points a
 * secret at another secret).
 */
/** Another tenant of the reference's shared Dragonfly: its password key and its acl.conf line (cache/dragonfly/app/secret.sops.yaml.j2). */
export interface ReferenceDragonflyTenant {
    /** The cluster.yaml key of the password. */
    readonly passwordKey: string;
    readonly username: string;
    readonly keys: readonly string[];
    readonly channels: 'all' | readonly string[];
    readonly commands: readonly string[];
}
/** The reference's other Dragonfly users, with the rules its acl.conf gives them. */
export declare const REFERENCE_DRAGONFLY_TENANTS: readonly ReferenceDragonflyTenant[];
/**
 * What the loader says about a reference key that is not a key of this config: where its setting
 * went, or why there is none. Keys absent here get a typo hint or none.
 */
export declare const REFERENCE_KEY_NOTES: Readonly<Record<string, string>>;
/** The note for a reference key that is unknown here, with the import hint; undefined for other keys. */
export declare function referenceKeyNote(key: string): string | undefined;
