/**
 * Container image references by the grammar of distribution/reference (what containerd, CRI-O
 * and the kubelet parse), in its canonical form: lowercase repository path, optional registry
 * host with port, tag and/or digest.
 *
 * @see https://github.com/distribution/reference/blob/main/reference.go
 */
/** A parsed image reference. */
export interface ImageReference {
    /** Registry host with port, when the first path component is one (it has a "." or ":", or is localhost). */
    readonly domain?: string;
    /** The repository path below the domain, like `prom/statsd-exporter`. */
    readonly path: string;
    readonly tag?: string;
    /** `algorithm:hex`, like `sha256:...`. */
    readonly digest?: string;
}
/** Parses an image reference; returns a problem text instead when it is not one. */
export declare function parseImageReference(reference: string): ImageReference | string;
/**
 * What is wrong with an image reference that must be pinned (a tag other than `latest`, or a
 * digest), or undefined when it is fine.
 */
export declare function pinnedImageProblem(reference: string, example?: string): string | undefined;
