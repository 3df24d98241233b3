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
exports.TREE_LOCK_FILE = exports.DEFAULT_LOCK_TIMEOUT_MS = exports.treeLeftovers = exports.STAGING_FOLDER = exports.JOURNAL_FILE = exports.SYSTEM_FOLDERS = exports.readTreeFile = exports.checkOutDir = exports.OWNED_FILES_MANIFEST = exports.OutputTreeError = exports.STATEFUL_KINDS = exports.guardedDeletions = exports.DeletionGuardError = void 0;
exports.writeTree = writeTree;
const fs = __importStar(require("fs"));
const deletion_guard_1 = require("./deletion-guard");
const output_tree_error_1 = require("./output-tree-error");
const owned_manifest_1 = require("./owned-manifest");
const parent_kustomization_1 = require("./parent-kustomization");
const safe_paths_1 = require("./safe-paths");
const tree_journal_1 = require("./tree-journal");
const tree_leftovers_1 = require("./tree-leftovers");
const tree_lock_1 = require("./tree-lock");
const tree_plan_1 = require("./tree-plan");
var deletion_guard_2 = require("./deletion-guard");
Object.defineProperty(exports, "DeletionGuardError", { enumerable: true, get: function () { return deletion_guard_2.DeletionGuardError; } });
Object.defineProperty(exports, "guardedDeletions", { enumerable: true, get: function () { return deletion_guard_2.guardedDeletions; } });
Object.defineProperty(exports, "STATEFUL_KINDS", { enumerable: true, get: function () { return deletion_guard_2.STATEFUL_KINDS; } });
var output_tree_error_2 = require("./output-tree-error");
Object.defineProperty(exports, "OutputTreeError", { enumerable: true, get: function () { return output_tree_error_2.OutputTreeError; } });
var owned_manifest_2 = require("./owned-manifest");
Object.defineProperty(exports, "OWNED_FILES_MANIFEST", { enumerable: true, get: function () { return owned_manifest_2.OWNED_FILES_MANIFEST; } });
var safe_paths_2 = require("./safe-paths");
Object.defineProperty(exports, "checkOutDir", { enumerable: true, get: function () { return safe_paths_2.checkOutDir; } });
Object.defineProperty(exports, "readTreeFile", { enumerable: true, get: function () { return safe_paths_2.readTreeFile; } });
Object.defineProperty(exports, "SYSTEM_FOLDERS", { enumerable: true, get: function () { return safe_paths_2.SYSTEM_FOLDERS; } });
var tree_journal_2 = require("./tree-journal");
Object.defineProperty(exports, "JOURNAL_FILE", { enumerable: true, get: function () { return tree_journal_2.JOURNAL_FILE; } });
Object.defineProperty(exports, "STAGING_FOLDER", { enumerable: true, get: function () { return tree_journal_2.STAGING_FOLDER; } });
var tree_leftovers_2 = require("./tree-leftovers");
Object.defineProperty(exports, "treeLeftovers", { enumerable: true, get: function () { return tree_leftovers_2.treeLeftovers; } });
var tree_lock_2 = require("./tree-lock");
Object.defineProperty(exports, "DEFAULT_LOCK_TIMEOUT_MS", { enumerable: true, get: function () { return tree_lock_2.DEFAULT_LOCK_TIMEOUT_MS; } });
Object.defineProperty(exports, "TREE_LOCK_FILE", { enumerable: true, get: function () { return tree_lock_2.TREE_LOCK_FILE; } });
/**
 * Writes a rendered tree into `outDir`, which ends up holding either the complete previous tree or
 * the complete new one, whenever the process dies:
 *
 * 1. `outDir` is checked (no system folder, no link, no file) and locked (`.langfuse-cdk8s.lock`);
 * 2. a switch an interrupted synth left is completed, or its staging folder removed;
 * 3. the plan compares the files with the tree and its ownership manifest, read without following
 *    links: a file at an emitted path that this tool did not write stops everything (unless
 *    `adopt`), as does a symbolic link on the way, and so does the removal of a whole Flux app or
 *    a stateful object (unless `allowDelete`); identical files are left untouched;
 * 4. new and changed files and the new manifest are written to `.langfuse-cdk8s-staging/` and
 *    flushed, then a journal of the switch is committed with one atomic rename;
 * 5. the journal is applied: renames into place, removal of files this tool wrote that are no
 *    longer emitted (only while they hold what it wrote) and of the folders it created that are
 *    left empty, the manifest last; then the journal and the staging folder are removed.
 *
 * Before step 4 nothing in the tree has changed; from step 4 on, the next run completes the switch.
 */
function writeTree(outDir, files, options = {}) {
    const root = (0, safe_paths_1.checkOutDir)(outDir);
    makeRoot(root, outDir);
    const release = (0, tree_lock_1.acquireTreeLock)(root, options.lockTimeoutMs);
    try {
        const recovered = (0, tree_journal_1.recoverTree)(root, options);
        const plan = (0, tree_plan_1.planTreeWrite)(root, files);
        const unowned = plan.writes.filter((w) => w.unowned !== undefined);
        if (unowned.length > 0 && !options.adopt)
            throw unownedFilesError(root, unowned);
        if (!options.allowDelete) {
            const deletions = (0, deletion_guard_1.guardedDeletions)(plan, files, options.retiredApps, (0, parent_kustomization_1.parentNamespaceReader)((p) => (0, safe_paths_1.readTreeFile)(root, p)));
            if (deletions.length > 0)
                throw new deletion_guard_1.DeletionGuardError(root, deletions);
        }
        const notes = hasChanges(plan) ? switchTree(root, plan) : [];
        const contents = new Map(files.map((f) => [f.path, [f.content]]));
        for (const w of plan.writes)
            if (w.existing !== undefined)
                contents.get(w.path)?.push(w.existing);
        for (const r of plan.removals)
            contents.set(r.path, [r.content]);
        const temps = (0, tree_leftovers_1.removeLegacyTempFiles)(root, contents);
        return {
            written: plan.writes.map((w) => w.path),
            unchanged: plan.unchanged,
            removed: plan.removals.map((r) => r.path),
            adopted: unowned.map((w) => w.path),
            warnings: [...recovered, ...plan.warnings, ...notes, ...temps],
        };
    }
    finally {
        release();
    }
}
function makeRoot(root, outDir) {
    try {
        fs.mkdirSync(root, { recursive: true });
    }
    catch (e) {
        throw new output_tree_error_1.OutputTreeError(`--out "${outDir}" cannot be created (${e.code}): a part of the path is a file or not writable`);
    }
}
function hasChanges(plan) {
    return plan.writes.length > 0 || plan.removals.length > 0 || plan.rmdirs.length > 0 || plan.manifestChanged;
}
/** Stages every new file, commits the journal and applies it (see writeTree, steps 4 and 5). */
function switchTree(root, plan) {
    let journal;
    try {
        const staging = (0, tree_journal_1.createStaging)(root);
        const manifestSha = (0, safe_paths_1.sha256)(plan.manifestText);
        journal = {
            format: 1,
            mkdirs: plan.mkdirs,
            renames: plan.writes.map((w) => ({ from: (0, tree_journal_1.stageFile)(staging, w.content), to: w.path, sha256: w.sha256, previous: w.previous ?? null })),
            removals: plan.removals.map((r) => ({ path: r.path, sha256: r.sha256 })),
            rmdirs: plan.rmdirs,
            manifest: { from: (0, tree_journal_1.stageFile)(staging, plan.manifestText), to: owned_manifest_1.OWNED_FILES_MANIFEST, sha256: manifestSha, previous: plan.manifestPrevious ?? null },
        };
        (0, tree_journal_1.commitJournal)(staging, journal);
    }
    catch (e) {
        removeStagingQuietly(root);
        if (e instanceof output_tree_error_1.OutputTreeError)
            throw e;
        throw new Error(`cannot write the tree under ${root}: ${e.message}; the previous tree is unchanged`, { cause: e });
    }
    try {
        return (0, tree_journal_1.applyJournal)(root, journal);
    }
    catch (e) {
        if (e instanceof output_tree_error_1.OutputTreeError)
            throw e;
        throw new Error(`the switch to the new tree under ${root} was interrupted: ${e.message}; `
            + `the next synth completes it (${tree_journal_1.STAGING_FOLDER}/${tree_journal_1.JOURNAL_FILE})`, { cause: e });
    }
}
function removeStagingQuietly(root) {
    try {
        (0, tree_journal_1.removeStaging)(root);
    }
    catch {
        // the next run removes it (recovery), and diff and validate report it meanwhile
    }
}
function unownedFilesError(root, unowned) {
    const list = unowned.map((w) => `  ${w.path}: ${w.unowned}`).join('\n');
    return new output_tree_error_1.OutputTreeError(`synth stopped before writing anything: ${unowned.length === 1 ? 'a file' : `${unowned.length} files`} under ${root} `
        + `would be overwritten that langfuse-cdk8s did not write (it only overwrites files listed in ${owned_manifest_1.OWNED_FILES_MANIFEST} `
        + `with a matching hash):\n${list}\n`
        + 'Move them away, or take them over on purpose with synth --adopt (LANGFUSE_ADOPT=1 for cdk8s synth): they are then overwritten and owned');
}
