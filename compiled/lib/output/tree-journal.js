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
exports.JOURNAL_FILE = exports.STAGING_FOLDER = void 0;
exports.createStaging = createStaging;
exports.stageFile = stageFile;
exports.commitJournal = commitJournal;
exports.applyJournal = applyJournal;
exports.recoverTree = recoverTree;
exports.readJournal = readJournal;
exports.removeStaging = removeStaging;
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const journal_trust_1 = require("./journal-trust");
const owned_manifest_1 = require("./owned-manifest");
const output_tree_error_1 = require("./output-tree-error");
const safe_paths_1 = require("./safe-paths");
/**
 * The folder, at the output root, where a synth builds every new or changed file before switching
 * them in. Inside the output root, so always on its filesystem (rename cannot cross filesystems).
 */
exports.STAGING_FOLDER = '.langfuse-cdk8s-staging';
/** The journal, in the staging folder: once it exists, the switch is decided and the next run completes it. */
exports.JOURNAL_FILE = 'journal.json';
const JOURNAL_FORMAT = 1;
const STAGED_NAME = /^[0-9a-f]{32}$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** Creates an empty staging folder (failing if anything is at its name: recovery removes leftovers first). */
function createStaging(root) {
    const dir = path.join(root, exports.STAGING_FOLDER);
    fs.mkdirSync(dir);
    return dir;
}
/**
 * Writes one staged file under a fresh random name, created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW:
 * a planted file or link at that name makes it fail instead of being written through), and
 * flushed to disk.
 *
 * @returns its name in the staging folder
 */
function stageFile(staging, content) {
    const name = crypto.randomBytes(16).toString('hex');
    const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
    const fd = fs.openSync(path.join(staging, name), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
    try {
        const bytes = Buffer.from(content, 'utf8');
        // at explicit offsets (pwrite): a short write continues where it stopped
        for (let done = 0; done < bytes.length;)
            done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
        fs.fsyncSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
    return name;
}
/** Writes the journal atomically (staged, then renamed into place) after flushing the staging folder. */
function commitJournal(staging, journal) {
    fsyncFolder(staging);
    const temp = stageFile(staging, `${JSON.stringify(journal, null, 2)}\n`);
    fs.renameSync(path.join(staging, temp), path.join(staging, exports.JOURNAL_FILE));
    fsyncFolder(staging);
}
/**
 * Applies a committed journal, then removes it and the staging folder. Steps already done by an
 * interrupted run are skipped: a staged file that is gone was renamed, a removed file is missing.
 *
 * @returns notes on files left in place because they changed since the plan
 */
function applyJournal(root, journal) {
    const staging = path.join(root, exports.STAGING_FOLDER);
    const notes = [];
    const touched = new Set([root]);
    const touch = (relative) => touched.add(path.dirname(path.join(root, relative)));
    for (const folder of journal.mkdirs) {
        ensureFolder(root, folder);
        touch(folder);
    }
    for (const rename of journal.renames) {
        placeStaged(root, staging, rename);
        touch(rename.to);
    }
    for (const removal of journal.removals) {
        if (!removeOwnedFile(root, removal))
            notes.push(`${removal.path} was not removed: it changed since this synth planned the switch`);
        touch(removal.path);
    }
    for (const folder of journal.rmdirs) {
        removeEmptyFolder(root, folder);
        touch(folder);
    }
    placeStaged(root, staging, journal.manifest);
    for (const dir of [...touched].sort().reverse()) {
        if (fs.existsSync(dir))
            fsyncFolder(dir);
    }
    fs.unlinkSync(path.join(staging, exports.JOURNAL_FILE));
    removeStaging(root);
    return notes;
}
/**
 * Brings a tree left by an interrupted synth back to a complete one, before anything else reads
 * or writes it: with a journal, the switch it records is completed (rolled forward, after checking
 * that every file is still in its old or its new state); without one, the tree was never touched
 * and the staging folder is removed.
 *
 * A journal that would replace or remove a file this tool does not own, or delete a Flux app or
 * stateful object without `allowDelete` (see `journalTrustProblems`), is not applied: it is
 * removed with the staging folder, with a warning, and the synth then writes the tree with every
 * check of a normal run.
 *
 * @returns what was done, for the synth's warnings
 */
function recoverTree(root, options = {}) {
    const staging = path.join(root, exports.STAGING_FOLDER);
    const entry = (0, safe_paths_1.inspectTreePath)(root, exports.STAGING_FOLDER);
    if (entry.kind === 'missing')
        return [];
    if (entry.kind !== 'folder') {
        throw new output_tree_error_1.OutputTreeError(`${staging} is not a staging folder this tool made (it is a ${entry.kind}); remove it, then synth again`);
    }
    const journal = readJournal(root);
    if (!journal) {
        removeStaging(root);
        return [`removed ${exports.STAGING_FOLDER} of an interrupted synth (it had not changed the tree)`];
    }
    checkJournal(root, journal);
    const distrust = (0, journal_trust_1.journalTrustProblems)(root, journal, (from) => (0, safe_paths_1.readContainedFile)(root, `${exports.STAGING_FOLDER}/${from}`)?.toString('utf8'), options);
    if (distrust.length > 0) {
        removeStaging(root);
        return [`ignored and removed ${exports.STAGING_FOLDER}/${exports.JOURNAL_FILE} of an interrupted synth, not written by this tool as it stands: ${distrust.join('; ')}`];
    }
    const notes = applyJournal(root, journal);
    return [`completed the switch of an interrupted synth (${journal.renames.length} files placed, ${journal.removals.length} removed)`, ...notes];
}
/** The committed journal of the tree, or undefined; a journal that is not this tool's is an error. */
function readJournal(root) {
    const relative = `${exports.STAGING_FOLDER}/${exports.JOURNAL_FILE}`;
    if ((0, safe_paths_1.inspectTreePath)(root, relative).kind === 'missing')
        return undefined;
    const bytes = (0, safe_paths_1.readContainedFile)(root, relative);
    const problem = (why) => new output_tree_error_1.OutputTreeError(`${path.join(root, relative)} is not a journal this tool wrote (${why}); `
        + `inspect the tree, remove ${exports.STAGING_FOLDER}, then synth again`);
    if (bytes === undefined)
        throw problem('not a regular file');
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw problem(e.message);
    }
    const why = journalProblem(parsed);
    if (why)
        throw problem(why);
    return parsed;
}
/** What is wrong with a parsed journal, judged as untrusted input: every path must be one the writer uses. */
function journalProblem(j) {
    if (typeof j !== 'object' || j === null || j.format !== JOURNAL_FORMAT)
        return `expected format ${JOURNAL_FORMAT}`;
    const lists = ['mkdirs', 'renames', 'removals', 'rmdirs'];
    if (!lists.every((k) => Array.isArray(j[k])))
        return `expected the lists ${lists.join(', ')}`;
    const folder = (f) => typeof f === 'string' && (0, safe_paths_1.isTreeFolderPath)(f);
    const hash = (h) => typeof h === 'string' && SHA256.test(h);
    const rename = (r, to) => typeof r === 'object' && r !== null
        && typeof r.from === 'string' && STAGED_NAME.test(r.from) && to(r.to) && hash(r.sha256) && (r.previous === null || hash(r.previous));
    const file = (p) => typeof p === 'string' && ((0, safe_paths_1.isTreeFilePath)(p) || (0, safe_paths_1.isParentKustomizationPath)(p));
    if (!j.mkdirs.every(folder) || !j.rmdirs.every(folder))
        return 'a folder that is not inside the tree';
    if (!j.renames.every((r) => rename(r, file)))
        return 'a rename that is not from the staging folder to a tree file';
    if (!j.removals.every((r) => typeof r === 'object' && r !== null && file(r.path) && hash(r.sha256))) {
        return 'a removal that is not a tree file with its sha256';
    }
    if (!rename(j.manifest, (p) => p === owned_manifest_1.OWNED_FILES_MANIFEST))
        return `no rename of ${owned_manifest_1.OWNED_FILES_MANIFEST}`;
    return undefined;
}
/** Refuses to roll forward when a file is in neither the state before nor the state after the switch. */
function checkJournal(root, journal) {
    const fail = (why) => new output_tree_error_1.OutputTreeError(`cannot complete the interrupted synth recorded in ${path.join(root, exports.STAGING_FOLDER, exports.JOURNAL_FILE)}: `
        + `${why}. Inspect the tree, remove ${exports.STAGING_FOLDER}, then synth again (with --adopt for files that differ from what it wrote)`);
    const hashAt = (relative) => {
        const entry = (0, safe_paths_1.inspectTreePath)(root, relative);
        if (entry.kind === 'missing')
            return null;
        const bytes = (0, safe_paths_1.readContainedFile)(root, relative);
        return bytes === undefined ? undefined : (0, safe_paths_1.sha256)(bytes);
    };
    for (const rename of [...journal.renames, journal.manifest]) {
        const staged = (0, safe_paths_1.readContainedFile)(root, `${exports.STAGING_FOLDER}/${rename.from}`);
        const current = hashAt(rename.to);
        if (staged !== undefined) {
            if ((0, safe_paths_1.sha256)(staged) !== rename.sha256)
                throw fail(`the staged copy of ${rename.to} is damaged`);
            const expected = [null, rename.previous, rename.sha256];
            const intact = rename.to === owned_manifest_1.OWNED_FILES_MANIFEST || (current !== undefined && expected.includes(current));
            if (!intact)
                throw fail(`${rename.to} changed since that synth`);
        }
        else if (current !== rename.sha256) {
            throw fail(`${rename.to} has neither its old nor its new content, and its staged copy is gone`);
        }
    }
}
function placeStaged(root, staging, rename) {
    const staged = path.join(staging, rename.from);
    try {
        if (!fs.lstatSync(staged).isFile())
            throw new output_tree_error_1.OutputTreeError(`${staged} is not a file this tool staged; remove ${exports.STAGING_FOLDER}`);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return; // renamed by the interrupted run
        throw e;
    }
    const parent = path.posix.dirname(rename.to);
    if (parent !== '.') {
        const entry = (0, safe_paths_1.inspectTreePath)(root, parent);
        if (entry.kind === 'blocked')
            throw new output_tree_error_1.OutputTreeError(`cannot write ${rename.to}: ${(0, safe_paths_1.describeBlocked)(entry)}`);
        if (entry.kind !== 'folder')
            throw new output_tree_error_1.OutputTreeError(`cannot write ${rename.to}: ${parent} is not a folder`);
    }
    fs.renameSync(staged, path.join(root, rename.to));
}
function ensureFolder(root, folder) {
    const entry = (0, safe_paths_1.inspectTreePath)(root, folder);
    if (entry.kind === 'folder')
        return;
    if (entry.kind === 'blocked')
        throw new output_tree_error_1.OutputTreeError(`cannot create ${folder}: ${(0, safe_paths_1.describeBlocked)(entry)}`);
    if (entry.kind !== 'missing')
        throw new output_tree_error_1.OutputTreeError(`cannot create the folder ${folder}: a ${entry.kind} is in the way`);
    fs.mkdirSync(path.join(root, folder));
}
/** Removes a file only while it holds what the writer recorded; true when it is gone. */
function removeOwnedFile(root, removal) {
    const entry = (0, safe_paths_1.inspectTreePath)(root, removal.path);
    if (entry.kind === 'missing')
        return true;
    const bytes = (0, safe_paths_1.readContainedFile)(root, removal.path);
    if (bytes === undefined || (0, safe_paths_1.sha256)(bytes) !== removal.sha256)
        return false;
    fs.unlinkSync(path.join(root, removal.path));
    return true;
}
function removeEmptyFolder(root, folder) {
    if ((0, safe_paths_1.inspectTreePath)(root, folder).kind !== 'folder')
        return;
    try {
        fs.rmdirSync(path.join(root, folder));
    }
    catch (e) {
        const code = e.code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT')
            throw e;
    }
}
/** Removes the staging folder and everything in it (the tool only ever puts files there; links are removed, not followed). */
function removeStaging(root) {
    const staging = path.join(root, exports.STAGING_FOLDER);
    const entry = (0, safe_paths_1.inspectTreePath)(root, exports.STAGING_FOLDER);
    if (entry.kind === 'missing')
        return;
    if (entry.kind !== 'folder')
        throw new output_tree_error_1.OutputTreeError(`${staging} is not a staging folder this tool made (it is a ${entry.kind}); remove it`);
    for (const name of fs.readdirSync(staging)) {
        const full = path.join(staging, name);
        if (fs.lstatSync(full).isDirectory())
            fs.rmSync(full, { recursive: true, force: true });
        else
            fs.unlinkSync(full);
    }
    fs.rmdirSync(staging);
}
/** Flushes a folder's entries (the renames and removals in it) to disk. */
function fsyncFolder(dir) {
    const fd = fs.openSync(dir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
    try {
        fs.fsyncSync(fd);
    }
    catch (e) {
        // some filesystems cannot flush a folder; the rename itself is still atomic there
        if (!['EINVAL', 'ENOTSUP', 'EBADF'].includes(e.code ?? ''))
            throw e;
    }
    finally {
        fs.closeSync(fd);
    }
}
