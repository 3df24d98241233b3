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
exports.DEFAULT_LOCK_TIMEOUT_MS = exports.TREE_LOCK_FILE = void 0;
exports.acquireTreeLock = acquireTreeLock;
exports.readTreeLock = readTreeLock;
exports.processAlive = processAlive;
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const output_tree_error_1 = require("./output-tree-error");
/** The lock file, at the output root, that serializes synths into one tree. */
exports.TREE_LOCK_FILE = '.langfuse-cdk8s.lock';
/** How long a synth waits for another one's lock by default. */
exports.DEFAULT_LOCK_TIMEOUT_MS = 60_000;
/** A lock file without a readable holder is stale once it is this old (a live holder writes it at once). */
const UNREADABLE_LOCK_GRACE_MS = 2_000;
const POLL_MS = 50;
const ASIDE = /^\.langfuse-cdk8s\.lock\.[0-9a-f]{16}\.stale$/;
const ABANDONED_MS = 60_000;
/**
 * Takes the tree's lock: creates `.langfuse-cdk8s.lock` exclusively (O_CREAT|O_EXCL, never through
 * a link) holding pid, hostname and start time. While another live synth holds it, waits up to
 * `timeoutMs`, then fails naming the lock file. A lock whose process is dead on this host is stale
 * and is broken. The lock is advisory: it serializes this tool's synths on one machine, not other
 * writers, and a holder on another host (a shared network folder) is never judged stale.
 *
 * @returns a function that releases the lock (only if it is still this process's)
 */
function acquireTreeLock(root, timeoutMs = exports.DEFAULT_LOCK_TIMEOUT_MS) {
    const file = path.join(root, exports.TREE_LOCK_FILE);
    const holder = { pid: process.pid, hostname: os.hostname(), started: new Date().toISOString() };
    const text = `${JSON.stringify({ ...holder, token: crypto.randomBytes(8).toString('hex') })}\n`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (tryCreate(file, text)) {
            removeAbandonedCopies(root);
            return () => release(file, text);
        }
        const observed = readLockText(file);
        if (observed === undefined)
            continue; // released meanwhile
        const state = lockState(file, observed);
        if (state.stale) {
            breakStaleLock(file, observed);
            continue;
        }
        const left = deadline - Date.now();
        if (left <= 0)
            throw lockHeld(file, state.holder, timeoutMs);
        sleep(Math.min(POLL_MS, left));
    }
}
/** The state of a tree's lock file, or undefined when there is none. */
function readTreeLock(root) {
    const file = path.join(root, exports.TREE_LOCK_FILE);
    const text = readLockText(file);
    return text === undefined ? undefined : lockState(file, text);
}
function tryCreate(file, text) {
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o644);
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
    try {
        fs.writeSync(fd, text);
    }
    catch (e) {
        fs.closeSync(fd);
        fs.rmSync(file, { force: true }); // an empty lock would make the next synth wait for nobody
        throw e;
    }
    fs.closeSync(fd);
    return true;
}
function readLockText(file) {
    let stat;
    try {
        stat = fs.lstatSync(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    if (!stat.isFile()) {
        const what = stat.isSymbolicLink() ? 'symbolic link' : 'folder or special file';
        throw new output_tree_error_1.OutputTreeError(`${file} is not a lock file this tool made (it is a ${what}); remove it`);
    }
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    try {
        return fs.readFileSync(fd, 'utf8');
    }
    finally {
        fs.closeSync(fd);
    }
}
function lockState(file, text) {
    const holder = parseHolder(text);
    if (!holder) {
        let age = 0;
        try {
            age = Date.now() - fs.lstatSync(file).mtimeMs;
        }
        catch {
            // gone meanwhile: the next attempt creates it
        }
        return { stale: age > UNREADABLE_LOCK_GRACE_MS };
    }
    return { holder, stale: holder.hostname === os.hostname() && !processAlive(holder.pid) };
}
function parseHolder(text) {
    try {
        const parsed = JSON.parse(text);
        if (Number.isInteger(parsed?.pid) && parsed.pid > 0 && typeof parsed.hostname === 'string' && typeof parsed.started === 'string') {
            return { pid: parsed.pid, hostname: parsed.hostname, started: parsed.started };
        }
    }
    catch {
        // unreadable: judged by its age
    }
    return undefined;
}
/** Whether a process of this host runs with that pid (one of another user counts). */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * Removes a stale lock without removing a fresh one another process took meanwhile: the lock is
 * renamed aside (atomic), and put back if what was moved is not the stale lock that was judged.
 */
function breakStaleLock(file, observed) {
    const aside = `${file}.${crypto.randomBytes(8).toString('hex')}.stale`;
    try {
        fs.renameSync(file, aside);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return;
        throw e;
    }
    let moved;
    try {
        moved = fs.readFileSync(aside, 'utf8');
    }
    catch {
        return; // removed by the cleanup of a synth that took the lock
    }
    if (moved !== observed) {
        try {
            fs.linkSync(aside, file);
        }
        catch {
            // another synth took the lock meanwhile; the one moved aside is still held by its process
        }
    }
    fs.unlinkSync(aside);
}
/** Stale locks moved aside by a synth that died before removing them (a breaker takes milliseconds; these are a minute old). */
function removeAbandonedCopies(root) {
    for (const name of fs.readdirSync(root)) {
        if (!ASIDE.test(name))
            continue;
        const full = path.join(root, name);
        const stat = fs.lstatSync(full, { throwIfNoEntry: false });
        if (stat?.isFile() && Date.now() - stat.ctimeMs > ABANDONED_MS)
            fs.rmSync(full, { force: true });
    }
}
function release(file, text) {
    if (readLockText(file) === text)
        fs.unlinkSync(file);
}
function lockHeld(file, holder, timeoutMs) {
    const who = holder ? `pid ${holder.pid} on ${holder.hostname}, since ${holder.started}` : 'a holder that has not written its name yet';
    const waited = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
    return new output_tree_error_1.OutputTreeError(`another synth holds the lock ${file} (${who}); waited ${waited}. `
        + 'Wait for it to finish; if no synth is running (a crashed one on another host, or a reused pid), remove the lock file');
}
function sleep(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
