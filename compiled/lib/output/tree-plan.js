"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.planTreeWrite = planTreeWrite;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const parent_kustomization_1 = require("./parent-kustomization");
const output_tree_error_1 = require("./output-tree-error");
const owned_manifest_1 = require("./owned-manifest");
const safe_paths_1 = require("./safe-paths");
/**
 * Compares rendered files with the tree under `root` (read without following links) and its
 * ownership manifest. A file the writer would write that is reached through a symbolic link, is a
 * link itself or is not a regular file stops the plan with an `OutputTreeError` naming every such
 * path; a file that exists with other content and is not in the manifest with a matching hash is
 * planned as `unowned`. Removals are manifest entries no longer emitted whose file still has the
 * recorded hash; the others are left in place with a warning.
 */
function planTreeWrite(root, files) {
    const owned = (0, owned_manifest_1.readOwnedManifest)(root);
    const warnings = [...owned.warnings];
    const blocked = [];
    const writes = [];
    const unchanged = [];
    const mkdirs = new Set();
    const emitted = new Set();
    for (const file of files) {
        if (!(0, safe_paths_1.isTreeFilePath)(file.path)) {
            throw new output_tree_error_1.OutputTreeError(`refusing to write "${file.path}": not a path inside the tree (<folders>/ks.yaml or <folders>/app/<name>.yaml, `
                + 'no folder starting with a dot)');
        }
        if (emitted.has(file.path))
            throw new Error(`${file.path} is rendered twice`);
        emitted.add(file.path);
        const entry = (0, safe_paths_1.inspectTreePath)(root, file.path);
        const content = Buffer.from(file.content, 'utf8');
        const planned = { path: file.path, content: file.content, sha256: (0, safe_paths_1.sha256)(content) };
        if (entry.kind === 'blocked')
            blocked.push(`${file.path}: ${(0, safe_paths_1.describeBlocked)(entry)}`);
        else if (entry.kind === 'link')
            blocked.push(`${file.path} is a symbolic link`);
        else if (entry.kind === 'folder' || entry.kind === 'other')
            blocked.push(`${file.path} is not a regular file`);
        else if (entry.kind === 'missing') {
            writes.push(planned);
            entry.folders.forEach((f) => mkdirs.add(f));
        }
        else {
            const existing = (0, safe_paths_1.readContainedFile)(root, file.path);
            if (existing === undefined)
                blocked.push(`${file.path} is larger than any file this tool writes`);
            else if (existing.equals(content))
                unchanged.push(file.path);
            else {
                const previous = (0, safe_paths_1.sha256)(existing);
                writes.push({ ...planned, existing: existing.toString('utf8'), previous, unowned: unownedReason(owned.files, file.path, previous) });
            }
        }
    }
    if (blocked.length > 0) {
        throw new output_tree_error_1.OutputTreeError(`cannot write the tree under ${root}: ${blocked.join('; ')}. langfuse-cdk8s never writes through or over symbolic `
            + 'links and only replaces regular files: replace each with a real folder or file (or remove it), then synth again');
    }
    const removals = [];
    for (const [file, hash] of owned.files) {
        if (emitted.has(file))
            continue;
        const removal = plannedRemoval(root, file, hash);
        if (typeof removal === 'string')
            warnings.push(removal);
        else if (removal)
            removals.push(removal);
    }
    removals.splice(0, removals.length, ...withinManagedApps(root, removals, emitted, warnings));
    const parents = (0, parent_kustomization_1.planParentKustomizations)(root, files, owned, new Set(removals.map((r) => r.path)));
    if (parents.blocked.length > 0) {
        throw new output_tree_error_1.OutputTreeError(`cannot update the namespace folders' kustomizations under ${root}: ${parents.blocked.join('; ')}`);
    }
    writes.push(...parents.writes);
    removals.push(...parents.removals);
    warnings.push(...parents.warnings);
    for (const write of parents.writes) {
        emitted.add(write.path);
        const entry = (0, safe_paths_1.inspectTreePath)(root, write.path);
        if (entry.kind === 'missing')
            entry.folders.forEach((f) => mkdirs.add(f));
    }
    const rmdirs = emptiedFolders(root, owned.folders, removals, emitted);
    const folders = [...owned.folders].filter((f) => !rmdirs.includes(f) && (0, safe_paths_1.inspectTreePath)(root, f).kind === 'folder').concat([...mkdirs]);
    const manifestText = (0, owned_manifest_1.ownedManifestText)(new Map(files.map((f) => [f.path, (0, safe_paths_1.sha256)(f.content)])), folders, parents.managed);
    return {
        writes, unchanged, removals, mkdirs: [...mkdirs], rmdirs, manifestText,
        manifestPrevious: owned.text === undefined ? undefined : (0, safe_paths_1.sha256)(owned.text),
        manifestChanged: manifestText !== owned.text,
        warnings,
    };
}
function unownedReason(owned, file, hash) {
    if (!owned.has(file))
        return 'not written by langfuse-cdk8s (not in its manifest)';
    const recorded = owned.get(file);
    if (recorded === undefined)
        return 'listed by an old-format manifest without a hash';
    return recorded === hash ? undefined : 'changed since langfuse-cdk8s wrote it';
}
/** The removal of a manifest entry no longer emitted; a warning when it stays; undefined when it is already gone. */
function plannedRemoval(root, file, hash) {
    const entry = (0, safe_paths_1.inspectTreePath)(root, file);
    if (entry.kind === 'missing')
        return undefined;
    const kept = (why) => `${file} is no longer emitted but is left in place: ${why}`;
    if (hash === undefined)
        return kept('an old-format manifest lists it without a hash, so it is not provably this tool\'s');
    if (entry.kind === 'blocked')
        return kept(`${(0, safe_paths_1.describeBlocked)(entry)} (never followed)`);
    const bytes = (0, safe_paths_1.readContainedFile)(root, file);
    if (bytes === undefined)
        return kept('it is not a regular file');
    if ((0, safe_paths_1.sha256)(bytes) !== hash)
        return kept('it changed since langfuse-cdk8s wrote it');
    return { path: file, sha256: hash, content: bytes.toString('utf8') };
}
/**
 * The removals of app files (`<app>/app/<name>.yaml`), except in an app whose `ks.yaml` is on disk
 * and that this synth neither writes nor removes (through the deletion guard): a Flux app it does
 * not manage. A matching hash proves a file unchanged, not written by this tool: a manifest entry
 * added by hand for a hand-written file with identical content would otherwise delete it.
 */
function withinManagedApps(root, removals, emitted, warnings) {
    const removed = new Set(removals.map((r) => r.path));
    return removals.filter((r) => {
        const app = /^(.+)\/app\/[^/]+$/.exec(r.path)?.[1];
        const ks = `${app}/ks.yaml`;
        if (app === undefined || emitted.has(ks) || removed.has(ks) || (0, safe_paths_1.inspectTreePath)(root, ks).kind === 'missing')
            return true;
        warnings.push(`${r.path} is no longer emitted but is left in place: synth neither writes nor removes ${app}/ks.yaml, so the app is not one it manages`);
        return false;
    });
}
/**
 * Folders the writer created (listed in the manifest) that hold nothing but removed files and
 * other such folders after the switch, innermost first. Folders it did not create are never removed.
 */
function emptiedFolders(root, ownedFolders, removals, emitted) {
    const ancestors = (file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    const needed = new Set([...emitted].flatMap(ancestors));
    const removed = new Set(removals.map((r) => r.path));
    const candidates = [...new Set(removals.flatMap((r) => ancestors(r.path)))]
        .filter((f) => ownedFolders.has(f) && !needed.has(f))
        .sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
    const emptied = [];
    for (const folder of candidates) {
        if ((0, safe_paths_1.inspectTreePath)(root, folder).kind !== 'folder')
            continue;
        const entries = fs.readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`);
        if (entries.every((e) => removed.has(e) || emptied.includes(e)))
            emptied.push(folder);
    }
    return emptied;
}
