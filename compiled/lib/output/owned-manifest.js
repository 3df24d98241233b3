"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PARENT_ENTRY = exports.OWNED_FILES_MANIFEST = void 0;
exports.readOwnedManifest = readOwnedManifest;
exports.ownedManifestText = ownedManifestText;
const safe_paths_1 = require("./safe-paths");
/** The file, at the output root, that lists every file (with its hash) and folder the writer owns. */
exports.OWNED_FILES_MANIFEST = '.langfuse-cdk8s-files.json';
const FORMAT = 2;
const SHA256 = /^[0-9a-f]{64}$/;
/** Ignored entries named one by one in warnings before the rest are counted. */
const NAMED_ENTRIES = 10;
/** A parent entry the writer adds: `./<app folder>/ks.yaml`. */
exports.PARENT_ENTRY = /^\.\/[A-Za-z0-9_][A-Za-z0-9._-]*\/ks\.yaml$/;
/**
 * Reads `.langfuse-cdk8s-files.json` without trusting it. Entries that are not paths the writer
 * emits (absolute, `..`, dot folders like `.git`, anything but `ks.yaml` and `app/*.yaml`) are
 * dropped with a warning. A manifest that is not a regular file, not JSON or of an unknown shape
 * counts as listing nothing, with a warning: that can only make the writer remove less and stop on
 * more files (it never deletes or overwrites on the manifest's word alone), and a synth that finds
 * the tree as it would write it rewrites a good manifest, which mends a manifest broken by a git
 * merge conflict.
 */
function readOwnedManifest(root) {
    const entry = (0, safe_paths_1.inspectTreePath)(root, exports.OWNED_FILES_MANIFEST);
    if (entry.kind === 'missing')
        return { files: new Map(), folders: new Set(), parents: new Map(), warnings: [] };
    const ignored = (why) => ({
        files: new Map(), folders: new Set(), parents: new Map(),
        warnings: [`${exports.OWNED_FILES_MANIFEST} ${why}: it is treated as listing nothing, so no file is removed; synth replaces it`],
    });
    const bytes = (0, safe_paths_1.readContainedFile)(root, exports.OWNED_FILES_MANIFEST);
    if (bytes === undefined)
        return ignored(entry.kind === 'link' ? 'is a symbolic link' : 'is not a regular file of at most 16 MiB');
    const text = bytes.toString('utf8');
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        return { ...ignored(`is not valid JSON (${e.message})`), text };
    }
    if (Array.isArray(parsed))
        return { ...legacyManifest(parsed), text };
    if (isRecord(parsed) && parsed.format === FORMAT && isRecord(parsed.files))
        return { ...currentManifest(parsed), text };
    return { ...ignored(`is not a manifest of this tool (expected {"format": ${FORMAT}, "files": {...}})`), text };
}
function currentManifest(parsed) {
    const files = new Map();
    const rejected = [];
    for (const [file, hash] of Object.entries(parsed.files)) {
        if (!(0, safe_paths_1.isTreeFilePath)(file))
            rejected.push(`${JSON.stringify(file)} (not a file path the writer emits)`);
        else if (typeof hash !== 'string' || !SHA256.test(hash))
            rejected.push(`${JSON.stringify(file)} (no valid sha256)`);
        else
            files.set(file, hash);
    }
    const folders = new Set();
    for (const folder of Array.isArray(parsed.folders) ? parsed.folders : []) {
        if (typeof folder === 'string' && (0, safe_paths_1.isTreeFolderPath)(folder))
            folders.add(folder);
        else
            rejected.push(`${JSON.stringify(folder)} (not a folder path the writer creates)`);
    }
    const parents = new Map();
    for (const [file, parent] of Object.entries(isRecord(parsed.parents) ? parsed.parents : {})) {
        const entries = isRecord(parent) ? parent.entries : undefined;
        if (!(0, safe_paths_1.isParentKustomizationPath)(file))
            rejected.push(`${JSON.stringify(file)} (not a namespace folder's kustomization)`);
        else if (!isRecord(parent) || typeof parent.created !== 'boolean' || !Array.isArray(entries) || !entries.every((e) => typeof e === 'string' && exports.PARENT_ENTRY.test(e))) {
            rejected.push(`${JSON.stringify(file)} (no valid created flag and ./<app>/ks.yaml entries)`);
        }
        else
            parents.set(file, { created: parent.created, entries: entries });
    }
    return { files, folders, parents, warnings: rejectedWarning(rejected) };
}
function legacyManifest(parsed) {
    const files = new Map();
    const rejected = [];
    for (const file of parsed) {
        if (typeof file === 'string' && (0, safe_paths_1.isTreeFilePath)(file))
            files.set(file, undefined);
        else
            rejected.push(`${JSON.stringify(file)} (not a file path the writer emits)`);
    }
    const warnings = rejectedWarning(rejected);
    if (files.size > 0) {
        warnings.push(`${exports.OWNED_FILES_MANIFEST} has the old format without hashes: the ${files.size} files it lists are not provably this tool's, `
            + 'so none is removed, and one that differs from what synth would write needs --adopt once');
    }
    return { files, folders: new Set(), parents: new Map(), warnings };
}
function rejectedWarning(rejected) {
    if (rejected.length === 0)
        return [];
    const named = rejected.slice(0, NAMED_ENTRIES).join(', ');
    const more = rejected.length > NAMED_ENTRIES ? ` and ${rejected.length - NAMED_ENTRIES} more` : '';
    return [`${exports.OWNED_FILES_MANIFEST}: ignored ${rejected.length === 1 ? 'an entry' : `${rejected.length} entries`}, never touched: ${named}${more}`];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The manifest's text: files with their SHA-256, the folders the writer created and, when there
 * are any, the parent kustomizations it keeps entries in, sorted.
 */
function ownedManifestText(files, folders, parents = new Map()) {
    const sorted = (map) => Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const managed = sorted(new Map([...parents].map(([p, m]) => [p, { created: m.created, entries: [...m.entries].sort() }])));
    const manifest = {
        generator: 'langfuse-cdk8s', format: FORMAT, hash: 'sha256', files: sorted(files), folders: [...new Set(folders)].sort(),
        ...(parents.size > 0 ? { parents: managed } : {}),
    };
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
