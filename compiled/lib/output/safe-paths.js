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
exports.KUSTOMIZATION_FILE_NAMES = exports.MAX_TREE_FILE_BYTES = exports.SYSTEM_FOLDERS = void 0;
exports.isTreeFilePath = isTreeFilePath;
exports.isParentKustomizationPath = isParentKustomizationPath;
exports.isTreeFolderPath = isTreeFolderPath;
exports.systemFolderOf = systemFolderOf;
exports.realPathOf = realPathOf;
exports.checkOutDir = checkOutDir;
exports.inspectTreePath = inspectTreePath;
exports.describeBlocked = describeBlocked;
exports.readContainedFile = readContainedFile;
exports.readTreeFile = readTreeFile;
exports.sha256 = sha256;
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const cdk8s_out_dir_1 = require("./cdk8s-out-dir");
const output_tree_error_1 = require("./output-tree-error");
/**
 * Folders that `--out` may never be (their subfolders are fine): a tree there would mix the tool's
 * files with the system's, and a later removal could reach them. The user's home folder and the
 * temporary folder are added at run time.
 */
exports.SYSTEM_FOLDERS = [
    '/', '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/lib32', '/lib64', '/libx32', '/media', '/mnt', '/opt', '/proc', '/root',
    '/run', '/sbin', '/snap', '/srv', '/sys', '/tmp', '/usr', '/usr/bin', '/usr/include', '/usr/lib', '/usr/lib64', '/usr/libexec',
    '/usr/local', '/usr/local/bin', '/usr/local/lib', '/usr/local/sbin', '/usr/sbin', '/usr/share', '/usr/src', '/var', '/var/cache',
    '/var/lib', '/var/log', '/var/run', '/var/tmp', '/Applications', '/Library', '/System', '/Users', '/Volumes', '/private',
    '/private/etc', '/private/tmp', '/private/var',
];
/** Kernel pseudo filesystems: no folder at or below them can hold a tree. */
const PSEUDO_FILESYSTEMS = ['/dev', '/proc', '/sys'];
/** The largest tree file ever read: generated files are far smaller, so a bigger one is not the tool's. */
exports.MAX_TREE_FILE_BYTES = 16 * 1024 * 1024;
// A folder or file name the tool writes: no leading dot (so never `..`, `.git` or its own dot files).
const NAME = '[A-Za-z0-9_][A-Za-z0-9._-]*';
const TREE_FILE = new RegExp(`^(?:${NAME}/)+(?:ks\\.yaml|app/${NAME}\\.ya?ml)$`);
const TREE_FOLDER = new RegExp(`^${NAME}(?:/${NAME})*$`);
const PARENT_KUSTOMIZATION = new RegExp(`^(?:${NAME}/)+(?:kustomization\\.ya?ml|Kustomization)$`);
/** The names kustomize reads a folder's kustomization from, in its order. */
exports.KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Whether a relative path has the shape of a file the writer emits: `<folders>/ks.yaml` or
 * `<folders>/app/<name>.yaml`, with "/" separators and no folder starting with a dot. Only such
 * paths are ever written or removed, whatever an ownership manifest or journal lists.
 */
function isTreeFilePath(p) {
    return TREE_FILE.test(p);
}
/**
 * Whether a relative path is a namespace folder's kustomization (`<folders>/kustomization.yaml`,
 * or `.yml`, or `Kustomization`), the parent that lists the apps' ks.yaml files: the one file the
 * writer merges into rather than owns (see `planParentKustomizations`).
 */
function isParentKustomizationPath(p) {
    return PARENT_KUSTOMIZATION.test(p) && !/(^|\/)app\/[^/]+$/.test(p);
}
/** Whether a relative path is a folder the writer may create (and later remove when empty). */
function isTreeFolderPath(p) {
    return TREE_FOLDER.test(p);
}
/**
 * The system folder (or pseudo filesystem) a resolved path is, if any: also when a symbolic link
 * on the way leads to one (the real path of its deepest existing folder is checked too), and
 * whatever links the home and temporary folders are reached through.
 */
function systemFolderOf(dir, followLinks = true) {
    const personal = [os.homedir(), os.tmpdir()].flatMap((f) => [path.resolve(f), safeRealpath(f) ?? path.resolve(f)]);
    const folders = [...exports.SYSTEM_FOLDERS.map((f) => path.resolve(f)), ...personal];
    const of = (p) => folders.find((f) => f === p) ?? PSEUDO_FILESYSTEMS.find((f) => p === f || p.startsWith(`${f}/`));
    return of(dir) ?? (followLinks ? of(realPathOf(dir)) : undefined);
}
/** A resolved path with the symbolic links of its deepest existing folder resolved, and the missing rest appended. */
function realPathOf(resolved) {
    const missing = [];
    for (let at = resolved;; at = path.dirname(at)) {
        const real = safeRealpath(at);
        if (real !== undefined)
            return path.join(real, ...missing);
        if (path.dirname(at) === at)
            return resolved;
        missing.unshift(path.basename(at));
    }
}
/**
 * Checks an output root before anything is read or written, and returns it resolved. Refuses a
 * system folder (also when a link resolves to one), a path that is a symbolic link (pass the real
 * folder), an existing path that is not a folder, and `cdk8s synth`'s own output folder.
 */
function checkOutDir(outDir) {
    const root = path.resolve(outDir);
    const refuse = (why) => new output_tree_error_1.OutputTreeError(`--out "${outDir}" ${why}; pass the folder the Flux tree should live in, like ./dist`);
    const system = systemFolderOf(root);
    // a link named as --out is refused below, naming where it leads
    if (system && (!isLink(root) || systemFolderOf(root, false))) {
        const real = realPathOf(root);
        throw refuse(`is the system folder ${system}${real === root ? '' : ` (through a symbolic link on the way: ${real})`}: the tree is never written there`);
    }
    (0, cdk8s_out_dir_1.checkNotCdk8sOutDir)(outDir, root, realPathOf);
    let stat;
    try {
        stat = fs.lstatSync(root);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return root;
        throw refuse(`cannot be read (${e.code})`);
    }
    if (stat.isSymbolicLink()) {
        const target = safeRealpath(root);
        const targetSystem = target && systemFolderOf(target);
        if (targetSystem)
            throw refuse(`is a symbolic link to the system folder ${targetSystem}`);
        throw refuse(`is a symbolic link${target ? ` to ${target}` : ''}: the writer never writes through links; pass the real folder`);
    }
    if (!stat.isDirectory())
        throw refuse('is a file, not a folder');
    return root;
}
function isLink(p) {
    try {
        return fs.lstatSync(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function safeRealpath(p) {
    try {
        return fs.realpathSync(p);
    }
    catch {
        return undefined;
    }
}
/** Inspects `root/relative` component by component with lstat: no link is ever followed. */
function inspectTreePath(root, relative) {
    const parts = relative.split('/');
    for (let i = 0; i < parts.length; i++) {
        const at = parts.slice(0, i + 1).join('/');
        let stat;
        try {
            stat = fs.lstatSync(path.join(root, at));
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                return { kind: 'missing', folders: parts.slice(0, -1).map((_, j) => parts.slice(0, j + 1).join('/')).slice(i) };
            if (code === 'ENOTDIR')
                return { kind: 'blocked', at: parts.slice(0, i).join('/'), reason: 'not-a-folder' };
            throw e;
        }
        const last = i === parts.length - 1;
        if (stat.isSymbolicLink())
            return last ? { kind: 'link' } : { kind: 'blocked', at, reason: 'link' };
        if (last) {
            if (stat.isFile())
                return { kind: 'file', size: stat.size };
            return stat.isDirectory() ? { kind: 'folder' } : { kind: 'other' };
        }
        if (!stat.isDirectory())
            return { kind: 'blocked', at, reason: 'not-a-folder' };
    }
    return { kind: 'folder' };
}
/** Why a path cannot be used, in words, for messages. */
function describeBlocked(entry) {
    return entry.reason === 'link' ? `${entry.at} is a symbolic link` : `${entry.at} is not a folder`;
}
/**
 * The bytes of a regular file inside the tree, or undefined when there is none: the path and every
 * folder on the way are checked without following links, the file is opened with O_NOFOLLOW (and
 * O_NONBLOCK, so a FIFO swapped in cannot block), and files over `MAX_TREE_FILE_BYTES` are not read.
 */
function readContainedFile(root, relative) {
    const entry = inspectTreePath(root, relative);
    if (entry.kind !== 'file' || entry.size > exports.MAX_TREE_FILE_BYTES)
        return undefined;
    let fd;
    try {
        fd = fs.openSync(path.join(root, relative), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const stat = fs.fstatSync(fd);
        if (!stat.isFile() || stat.size > exports.MAX_TREE_FILE_BYTES)
            return undefined;
        return fs.readFileSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Reads a file of an output tree, or undefined when it is missing, is not a regular file, is
 * reached through a symbolic link, or the path is not a plain relative path inside the tree.
 */
function readTreeFile(outDir, relative) {
    if (!isTreeFolderPath(relative))
        return undefined;
    return readContainedFile(path.resolve(outDir), relative)?.toString('utf8');
}
/** Hex SHA-256 of a file's content, as the ownership manifest records it. */
function sha256(content) {
    return crypto.createHash('sha256').update(content).digest('hex');
}
