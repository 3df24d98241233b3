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
exports.treeLeftovers = treeLeftovers;
exports.removeLegacyTempFiles = removeLegacyTempFiles;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const tree_journal_1 = require("./tree-journal");
const tree_lock_1 = require("./tree-lock");
const safe_paths_1 = require("./safe-paths");
const tree_lock_2 = require("./tree-lock");
// `<file>.tmp-<pid>`: the temporary files of langfuse-cdk8s versions before the staging folder.
const LEGACY_TEMP = /\.tmp-\d+$/;
const LEGACY_TEMP_MESSAGE = 'a temporary file of an interrupted older langfuse-cdk8s: delete it (the next synth removes it when it writes that file)';
/**
 * What interrupted synths left under `root`: an unfinished journal (the tree may mix two synths
 * until the next synth completes it), a staging folder, the lock of a synth (running or dead), and
 * temporary files of older versions. Read only; links are never followed.
 */
function treeLeftovers(root) {
    const found = [];
    const staging = (0, safe_paths_1.inspectTreePath)(root, tree_journal_1.STAGING_FOLDER);
    if (staging.kind !== 'missing') {
        const journal = `${tree_journal_1.STAGING_FOLDER}/${tree_journal_1.JOURNAL_FILE}`;
        if (staging.kind === 'folder' && (0, safe_paths_1.inspectTreePath)(root, journal).kind !== 'missing') {
            found.push({
                path: journal, severity: 'error',
                message: 'an interrupted synth was switching the tree: files may mix its old and new state until the next synth completes the switch',
            });
        }
        else {
            found.push({
                path: tree_journal_1.STAGING_FOLDER, severity: 'error',
                message: 'the staging folder of an interrupted synth (the tree itself was not changed); the next synth removes it',
            });
        }
    }
    let lock;
    try {
        lock = (0, tree_lock_1.readTreeLock)(root);
    }
    catch (e) {
        found.push({ path: tree_lock_1.TREE_LOCK_FILE, severity: 'error', message: e.message });
    }
    if (lock) {
        const who = lock.holder ? `pid ${lock.holder.pid} on ${lock.holder.hostname}, since ${lock.holder.started}` : 'no readable holder';
        found.push({
            path: tree_lock_1.TREE_LOCK_FILE, severity: 'warning',
            message: lock.stale ? `the lock of a synth that is no longer running (${who}); the next synth removes it` : `a synth is writing this tree (${who})`,
        });
    }
    const walk = (relative) => {
        for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isDirectory() && !entry.name.startsWith('.'))
                walk(child);
            else if (entry.isFile() && LEGACY_TEMP.test(entry.name)) {
                found.push({ path: child, severity: 'error', message: LEGACY_TEMP_MESSAGE });
            }
            else if (entry.isFile() && child.startsWith(`${tree_lock_1.TREE_LOCK_FILE}.`)) {
                found.push({ path: child, severity: 'warning', message: 'a stale lock moved aside by a synth that died; the next synth removes it' });
            }
        }
    };
    if ((0, safe_paths_1.inspectTreePath)(path.dirname(root), path.basename(root)).kind === 'folder')
        walk('');
    return found;
}
/**
 * Removes the temporary files older versions left when killed (`<file>.tmp-<pid>`) that are
 * provably theirs: next to a file this synth writes or removes and named after it, a regular file
 * reached without links, its pid no longer running, and holding the start of that file's old or new
 * content (a killed write leaves a prefix of what it wrote). Only those files' folders are read. Run
 * after a switch, under the lock.
 *
 * @param ownFiles the files this synth writes or removes, each with its new and its old content
 * @returns warnings: what was removed, and such files left in place (named)
 */
function removeLegacyTempFiles(root, ownFiles) {
    const removed = [];
    const kept = [];
    const folders = new Set([...ownFiles.keys()].map((f) => path.posix.dirname(f)));
    const heldContent = (file, of) => {
        const bytes = (0, safe_paths_1.readContainedFile)(root, file);
        return bytes !== undefined && (ownFiles.get(of) ?? []).some((content) => Buffer.from(content, 'utf8').subarray(0, bytes.length).equals(bytes));
    };
    for (const folder of [...folders].sort()) {
        if ((0, safe_paths_1.inspectTreePath)(root, folder).kind !== 'folder')
            continue;
        for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
            const match = /^(.+)\.tmp-(\d+)$/.exec(name);
            const file = `${folder}/${name}`;
            if (!match || !ownFiles.has(`${folder}/${match[1]}`))
                continue;
            if ((0, safe_paths_1.inspectTreePath)(root, file).kind === 'file' && !(0, tree_lock_2.processAlive)(Number(match[2])) && heldContent(file, `${folder}/${match[1]}`)) {
                fs.unlinkSync(path.join(root, file));
                removed.push(file);
            }
            else
                kept.push(file);
        }
    }
    return [
        ...(removed.length > 0 ? [`removed ${removed.length} temporary files of an interrupted older langfuse-cdk8s: ${removed.join(', ')}`] : []),
        ...(kept.length > 0 ? [`left in place ${kept.join(', ')}: named like temporary files of an older langfuse-cdk8s, but not a regular file, its process still runs, or it holds neither the old nor the new content of the file it is named after`] : []),
    ];
}
