/** The Keycloak folder used when it exists (docs/crds-and-imports.md §2.1). */
export declare const KEYCLOAK_DERIVED_DIR = "keycloak-26.4.7-derived";
/** The Keycloak folder used only when the derived one is absent. */
export declare const KEYCLOAK_DIR = "keycloak";
/** One served version of one CRD. */
export interface CrdVersion {
    /** `<group>/<version>`. */
    readonly apiVersion: string;
    /** The CRD's `spec.names.kind`. */
    readonly kind: string;
    /** The raw `openAPIV3Schema` (not yet converted). */
    readonly schema: {
        [key: string]: any;
    };
    /** The file it came from. */
    readonly file: string;
}
/**
 * The CRD folders to read below `crdsDir`: every sub-folder except the Keycloak folder that is not
 * used, so exactly one of `keycloak-26.4.7-derived/` (preferred) and `keycloak/` is read.
 *
 * @param crdsDir the CRD root, for example `../shared/crds`
 */
export declare function crdFolders(crdsDir: string): string[];
/**
 * Reads every served CRD version below `crdsDir` (YAML files directly in the root and in the
 * folders from {@link crdFolders}).
 *
 * Throws when two files define the same `apiVersion` and kind, because the later one would
 * otherwise silently win.
 *
 * @param crdsDir the CRD root
 */
export declare function loadCrdVersions(crdsDir: string): CrdVersion[];
