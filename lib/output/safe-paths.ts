import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkNotCdk8sOutDir } from './cdk8s-out-dir';
import { OutputTreeError } from './output-tree-error';

/**
 * Folders that `--out` may never be (their subfolders are fine): a tree there would mix the tool's
 * files with the system's, and a later removal could reach them. The user's home folder and the
 * temporary folder are added at run time.
 */
export const SYSTEM_FOLDERS: readonly string[] = [
  '/', '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/lib32', '/lib64', '/libx32', '/media', '/mnt', '/opt', '/proc', '/root',
  '/run', '/sbin', '/snap', '/srv', '/sys', '/tmp', '/usr', '/usr/bin', '/usr/include', '/usr/lib', '/usr/lib64', '/usr/libexec',
  '/usr/local', '/usr/local/bin', '/usr/local/lib', '/usr/local/sbin', '/usr/sbin', '/usr/share', '/usr/src', '/var', '/var/cache',
  '/var/lib', '/var/log', '/var/run', '/var/tmp', '/Applications', '/Library', '/System', '/Users', '/Volumes', '/private',
  '/private/etc', '/private/tmp', '/private/var',
];

/** Kernel pseudo filesystems: no folder at or below them can hold a tree. */
const PSEUDO_FILESYSTEMS: readonly string[] = ['/dev', '/proc', '/sys'];

/** The largest tree file ever read: generated files are far smaller, so a bigger one is not the tool's. */
export const MAX_TREE_FILE_BYTES = 16 * 1024 * 1024;

// A folder or file name the tool writes: no leading dot (so never `..`, `.git` or its own dot files).
const NAME = '[A-Za-z0-9_][A-Za-z0-9._-]*';
const TREE_FILE = new RegExp(`^(?:${NAME}/)+(?:ks\\.yaml|app/${NAME}\\.ya?ml)$`);
const TREE_FOLDER = new RegExp(`^${NAME}(?:/${NAME})*$`);
const PARENT_KUSTOMIZATION = new RegExp(`^(?:${NAME}/)+(?:kustomization\\.ya?ml|Kustomization)$`);

/** The names kustomize reads a folder's kustomization from, in its order. */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/**
 * Whether a relative path has the shape of a file the writer emits: `<folders>/ks.yaml` or
 * `<folders>/app/<name>.yaml`, with "/" separators and no folder starting with a dot. Only such
 * paths are ever written or removed, whatever an ownership manifest or journal lists.
 */
export function isTreeFilePath(p: string): boolean {
  return TREE_FILE.test(p);
}

/**
 * Whether a relative path is a namespace folder's kustomization (`<folders>/kustomization.yaml`,
 * or `.yml`, or `Kustomization`), the parent that lists the apps' ks.yaml files: the one file the
 * writer merges into rather than owns (see `planParentKustomizations`).
 */
export function isParentKustomizationPath(p: string): boolean {
  return PARENT_KUSTOMIZATION.test(p) && !/(^|\/)app\/[^/]+$/.test(p);
}

/** Whether a relative path is a folder the writer may create (and later remove when empty). */
export function isTreeFolderPath(p: string): boolean {
  return TREE_FOLDER.test(p);
}

/**
 * The system folder (or pseudo filesystem) a resolved path is, if any: also when a symbolic link
 * on the way leads to one (the real path of its deepest existing folder is checked too), and
 * whatever links the home and temporary folders are reached through.
 */
export function systemFolderOf(dir: string, followLinks = true): string | undefined {
  const personal = [os.homedir(), os.tmpdir()].flatMap((f) => [path.resolve(f), safeRealpath(f) ?? path.resolve(f)]);
  const folders = [...SYSTEM_FOLDERS.map((f) => path.resolve(f)), ...personal];
  const of = (p: string) => folders.find((f) => f === p) ?? PSEUDO_FILESYSTEMS.find((f) => p === f || p.startsWith(`${f}/`));
  return of(dir) ?? (followLinks ? of(realPathOf(dir)) : undefined);
}

/** A resolved path with the symbolic links of its deepest existing folder resolved, and the missing rest appended. */
export function realPathOf(resolved: string): string {
  const missing: string[] = [];
  for (let at = resolved; ; at = path.dirname(at)) {
    const real = safeRealpath(at);
    if (real !== undefined) return path.join(real, ...missing);
    if (path.dirname(at) === at) return resolved;
    missing.unshift(path.basename(at));
  }
}

/**
 * Checks an output root before anything is read or written, and returns it resolved. Refuses a
 * system folder (also when a link resolves to one), a path that is a symbolic link (pass the real
 * folder), an existing path that is not a folder, and `cdk8s synth`'s own output folder.
 */
export function checkOutDir(outDir: string): string {
  const root = path.resolve(outDir);
  const refuse = (why: string) => new OutputTreeError(`--out "${outDir}" ${why}; pass the folder the Flux tree should live in, like ./dist`);
  const system = systemFolderOf(root);
  // a link named as --out is refused below, naming where it leads
  if (system && (!isLink(root) || systemFolderOf(root, false))) {
    const real = realPathOf(root);
    throw refuse(`is the system folder ${system}${real === root ? '' : ` (through a symbolic link on the way: ${real})`}: the tree is never written there`);
  }
  checkNotCdk8sOutDir(outDir, root, realPathOf);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return root;
    throw refuse(`cannot be read (${(e as NodeJS.ErrnoException).code})`);
  }
  if (stat.isSymbolicLink()) {
    const target = safeRealpath(root);
    const targetSystem = target && systemFolderOf(target);
    if (targetSystem) throw refuse(`is a symbolic link to the system folder ${targetSystem}`);
    throw refuse(`is a symbolic link${target ? ` to ${target}` : ''}: the writer never writes through links; pass the real folder`);
  }
  if (!stat.isDirectory()) throw refuse('is a file, not a folder');
  return root;
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** What is at a relative path of a tree, found without following any symbolic link. */
export type TreeEntry =
  /** Nothing; `folders` are the missing folders above it, outermost first (relative paths). */
  | { readonly kind: 'missing'; readonly folders: readonly string[] }
  | { readonly kind: 'file'; readonly size: number }
  | { readonly kind: 'folder' }
  /** The path itself is a symbolic link. */
  | { readonly kind: 'link' }
  /** Something else: a FIFO, a socket, a device. */
  | { readonly kind: 'other' }
  /** A folder on the way (`at`, relative) is a symbolic link or not a folder. */
  | { readonly kind: 'blocked'; readonly at: string; readonly reason: 'link' | 'not-a-folder' };

/** Inspects `root/relative` component by component with lstat: no link is ever followed. */
export function inspectTreePath(root: string, relative: string): TreeEntry {
  const parts = relative.split('/');
  for (let i = 0; i < parts.length; i++) {
    const at = parts.slice(0, i + 1).join('/');
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(path.join(root, at));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { kind: 'missing', folders: parts.slice(0, -1).map((_, j) => parts.slice(0, j + 1).join('/')).slice(i) };
      if (code === 'ENOTDIR') return { kind: 'blocked', at: parts.slice(0, i).join('/'), reason: 'not-a-folder' };
      throw e;
    }
    const last = i === parts.length - 1;
    if (stat.isSymbolicLink()) return last ? { kind: 'link' } : { kind: 'blocked', at, reason: 'link' };
    if (last) {
      if (stat.isFile()) return { kind: 'file', size: stat.size };
      return stat.isDirectory() ? { kind: 'folder' } : { kind: 'other' };
    }
    if (!stat.isDirectory()) return { kind: 'blocked', at, reason: 'not-a-folder' };
  }
  return { kind: 'folder' };
}

/** Why a path cannot be used, in words, for messages. */
export function describeBlocked(entry: TreeEntry & { kind: 'blocked' }): string {
  return entry.reason === 'link' ? `${entry.at} is a symbolic link` : `${entry.at} is not a folder`;
}

/**
 * The bytes of a regular file inside the tree, or undefined when there is none: the path and every
 * folder on the way are checked without following links, the file is opened with O_NOFOLLOW (and
 * O_NONBLOCK, so a FIFO swapped in cannot block), and files over `MAX_TREE_FILE_BYTES` are not read.
 */
export function readContainedFile(root: string, relative: string): Buffer | undefined {
  const entry = inspectTreePath(root, relative);
  if (entry.kind !== 'file' || entry.size > MAX_TREE_FILE_BYTES) return undefined;
  let fd: number;
  try {
    fd = fs.openSync(path.join(root, relative), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_TREE_FILE_BYTES) return undefined;
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a file of an output tree, or undefined when it is missing, is not a regular file, is
 * reached through a symbolic link, or the path is not a plain relative path inside the tree.
 */
export function readTreeFile(outDir: string, relative: string): string | undefined {
  if (!isTreeFolderPath(relative)) return undefined;
  return readContainedFile(path.resolve(outDir), relative)?.toString('utf8');
}

/** Hex SHA-256 of a file's content, as the ownership manifest records it. */
export function sha256(content: string | Buffer): string {
  return crypto.createHash('sha256').update(content).digest('hex');
}
