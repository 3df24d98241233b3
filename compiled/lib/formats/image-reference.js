"use strict";
/**
 * Container image references by the grammar of distribution/reference (what containerd, CRI-O
 * and the kubelet parse), in its canonical form: lowercase repository path, optional registry
 * host with port, tag and/or digest.
 *
 * @see https://github.com/distribution/reference/blob/main/reference.go
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseImageReference = parseImageReference;
exports.pinnedImageProblem = pinnedImageProblem;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** distribution/reference's NameTotalLengthMax. */
const NAME_MAX = 255;
/** Parses an image reference; returns a problem text instead when it is not one. */
function parseImageReference(reference) {
    const at = reference.indexOf('@');
    const digest = at >= 0 ? reference.slice(at + 1) : undefined;
    const rest = at >= 0 ? reference.slice(0, at) : reference;
    if (digest !== undefined && !DIGEST.test(digest))
        return 'has an invalid digest; a digest looks like "sha256:" and 64 hex digits';
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    const tag = colon > lastSlash ? rest.slice(colon + 1) : undefined;
    const name = tag !== undefined ? rest.slice(0, colon) : rest;
    if (tag !== undefined && !TAG.test(tag))
        return 'has an invalid tag; a tag is up to 128 letters, digits, "_", "." or "-", not starting with "." or "-"';
    if (name === '')
        return 'has no repository name';
    if (name.length > NAME_MAX)
        return `has a name longer than ${NAME_MAX} characters`;
    const components = name.split('/');
    const first = components[0];
    const hasDomain = components.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
    if (hasDomain && !DOMAIN.test(first))
        return 'has an invalid registry; a registry is a host name with an optional port';
    const pathComponents = hasDomain ? components.slice(1) : components;
    if (pathComponents.some((c) => !PATH_COMPONENT.test(c))) {
        return 'has an invalid repository path; each "/"-separated component is lowercase letters and digits, separated by ".", "_", "__" or "-"';
    }
    return { domain: hasDomain ? first : undefined, path: pathComponents.join('/'), tag, digest };
}
/**
 * What is wrong with an image reference that must be pinned (a tag other than `latest`, or a
 * digest), or undefined when it is fine.
 */
function pinnedImageProblem(reference, example = 'registry.example.com/team/app:1.2.3') {
    const parsed = parseImageReference(reference);
    if (typeof parsed === 'string')
        return `must be an image reference like "registry.example.com/team/app:1.2.3"; it ${parsed}`;
    if (parsed.digest === undefined && (parsed.tag === undefined || parsed.tag === 'latest')) {
        return `must be pinned to a version tag (not latest) or a digest, like "${example}"`;
    }
    return undefined;
}
