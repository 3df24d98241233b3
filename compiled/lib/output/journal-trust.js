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
exports.journalTrustProblems = journalTrustProblems;
const path = __importStar(require("path"));
const deletion_guard_1 = require("./deletion-guard");
const owned_manifest_1 = require("./owned-manifest");
const parent_kustomization_1 = require("./parent-kustomization");
const safe_paths_1 = require("./safe-paths");
/**
 * Why a journal cannot be trusted to roll forward: it is committed in the tree, so a pull request
 * can plant one, and its own hashes prove nothing. A file it replaces or removes must be listed in
 * the ownership manifest on disk (the previous synth's) with its current content (or `adopt`),
 * and its removals must pass the deletion guard (or `allowDelete`), exactly as in a normal synth.
 * An empty list means the journal only does what the synth that wrote it was allowed to do.
 *
 * @param stagedText the content of a file in the staging folder, by its staged name
 */
function journalTrustProblems(root, journal, stagedText, options = {}) {
    const owned = (0, owned_manifest_1.readOwnedManifest)(root);
    const current = (p) => (0, safe_paths_1.readContainedFile)(root, p)?.toString('utf8');
    // a namespace folder's kustomization the writer manages is rewritten whatever its content, and removed only when it created it
    const ownedAs = (p, hash, removal) => ((0, safe_paths_1.isParentKustomizationPath)(p)
        ? owned.parents.has(p) && (!removal || owned.parents.get(p).created) : owned.files.get(p) === hash);
    const problems = [];
    const writes = [];
    // the resources entries synth itself would change in a namespace folder's kustomization: those of the apps the journal writes or removes
    const appEntries = new Map();
    for (const p of [...journal.renames.map((r) => r.to), ...journal.removals.map((r) => r.path)].filter((p) => p.endsWith('/ks.yaml'))) {
        const app = path.posix.dirname(p);
        const folder = path.posix.dirname(app);
        if (!appEntries.has(folder))
            appEntries.set(folder, new Set());
        appEntries.get(folder).add(`./${path.posix.basename(app)}/ks.yaml`);
    }
    for (const rename of journal.renames) {
        const existing = current(rename.to);
        if (existing !== undefined && (0, safe_paths_1.sha256)(existing) === rename.sha256)
            continue;
        if ((0, safe_paths_1.isParentKustomizationPath)(rename.to)) {
            const why = (0, parent_kustomization_1.parentRewriteProblem)(existing, stagedText(rename.from) ?? '', appEntries.get(path.posix.dirname(rename.to)) ?? new Set());
            if (why)
                problems.push(`it would rewrite ${rename.to}: ${why}`);
        }
        if (existing === undefined)
            continue;
        if (!ownedAs(rename.to, (0, safe_paths_1.sha256)(existing), false))
            problems.push(`it would overwrite ${rename.to}, which the ownership manifest does not list with its content`);
        writes.push({ path: rename.to, content: stagedText(rename.from) ?? '', sha256: rename.sha256, existing });
    }
    const removals = [];
    for (const removal of journal.removals) {
        const existing = current(removal.path);
        if (existing === undefined || (0, safe_paths_1.sha256)(existing) !== removal.sha256)
            continue; // left in place anyway
        if (!ownedAs(removal.path, removal.sha256, true))
            problems.push(`it would remove ${removal.path}, which the ownership manifest does not list with its content`);
        removals.push({ path: removal.path, sha256: removal.sha256, content: existing });
    }
    if (!options.allowDelete && removals.length > 0) {
        const removed = new Set(removals.map((r) => r.path));
        const staged = new Map(journal.renames.map((r) => [r.to, r.from]));
        const after = [...new Set([...owned.files.keys(), ...staged.keys()])].filter((p) => !removed.has(p)).flatMap((p) => {
            const content = (staged.has(p) ? stagedText(staged.get(p)) : undefined) ?? current(p);
            return content === undefined ? [] : [{ path: p, content }];
        });
        const deletions = (0, deletion_guard_1.guardedDeletions)({ removals, writes }, after, options.retiredApps, (0, parent_kustomization_1.parentNamespaceReader)((p) => (0, safe_paths_1.readTreeFile)(root, p)));
        for (const d of deletions)
            problems.push(`it would delete ${d.object} in ${d.path} (synth --allow-delete allows that)`);
    }
    return problems;
}
