import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { TreeFinding } from './tree-finding';
import { isMap } from './tree-files';

/**
 * What a kustomization.yaml makes kustomize load: every file, folder and URL it names, found
 * before kustomize runs, so that validate can refuse anything it would fetch (kustomize has no
 * switch to turn remote loading off: it downloads http(s) URLs itself and runs git for
 * repositories) or read from outside the tree.
 */

/** One entry of a kustomization that names something to load. */
export interface KustomizeReference {
  /** Where it is, like `resources[2]` or `patches[0].path`. */
  readonly field: string;
  readonly value: string;
}

/** The kustomization file names kustomize looks for, in its order. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Fields that are lists of files, folders or URLs (inline YAML entries, which contain a newline, are skipped). */
const LIST_FIELDS = ['resources', 'bases', 'components', 'crds', 'configurations', 'patchesStrategicMerge', 'transformers', 'generators', 'validators'];

/** Fields that are lists of mappings with a `path`. */
const PATH_LIST_FIELDS = ['patches', 'patchesJson6902', 'replacements'];

/** Fields that make kustomize download a Helm chart (with --enable-helm). */
const HELM_FIELDS = ['helmCharts', 'helmChartInflationGenerator', 'helmGlobals'];

/**
 * Whether kustomize would load an entry from the network: URLs (`https://`, `ssh://`, `file://`
 * and other schemes), go-getter forms (`git::`), scp-like git addresses (`git@host:`), and the
 * host-first forms kustomize accepts for repositories (`github.com/org/repo`, `host.tld/org/repo//dir?ref=v1`).
 */
export function isRemoteReference(value: string): boolean {
  const v = value.trim();
  return /^[A-Za-z][A-Za-z0-9+.-]*::/.test(v) // go-getter forced: git::, s3::, ...
    || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v) // any URL
    || /^[^/@\s]+@[^/:\s]+:/.test(v) // git@github.com:org/repo
    || /^gh:/.test(v)
    || /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\//i.test(v) // github.com/..., gitlab.example.com:8443/...
    || /\?ref=|\?version=|\/\/.*\?/.test(v);
}

/** Every reference of a parsed kustomization, with its field. */
export function kustomizeReferences(content: unknown): { references: KustomizeReference[]; helm: string[] } {
  const references: KustomizeReference[] = [];
  const helm: string[] = [];
  if (!isMap(content)) return { references, helm };
  const add = (field: string, value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '' && !value.includes('\n')) references.push({ field, value });
  };
  for (const field of LIST_FIELDS) {
    const list = content[field];
    if (Array.isArray(list)) list.forEach((entry, i) => add(`${field}[${i}]`, entry));
  }
  for (const field of PATH_LIST_FIELDS) {
    const list = content[field];
    if (Array.isArray(list)) list.forEach((entry, i) => isMap(entry) && add(`${field}[${i}].path`, entry.path));
  }
  for (const field of ['configMapGenerator', 'secretGenerator']) {
    const list = content[field];
    if (!Array.isArray(list)) continue;
    list.forEach((gen, i) => {
      if (!isMap(gen)) return;
      const files: unknown[] = Array.isArray(gen.files) ? gen.files : [];
      files.forEach((f, j) => add(`${field}[${i}].files[${j}]`, typeof f === 'string' ? f.slice(f.indexOf('=') + 1) : f));
      const envs: unknown[] = Array.isArray(gen.envs) ? gen.envs : [];
      envs.forEach((e, j) => add(`${field}[${i}].envs[${j}]`, e));
      add(`${field}[${i}].env`, gen.env);
    });
  }
  if (isMap(content.openapi)) add('openapi.path', content.openapi.path);
  for (const field of HELM_FIELDS) if (content[field] !== undefined && content[field] !== null) helm.push(field);
  return { references, helm };
}

/** The result of {@link checkKustomizeReferences}. */
export interface KustomizeReferenceCheck {
  readonly findings: TreeFinding[];
  /** Folders (relative, "/"-separated) that kustomize must not build: they, or a folder they include, reach outside the tree. */
  readonly unsafe: ReadonlySet<string>;
  /** Every local file and folder each kustomization folder references, relative to the root. */
  readonly referenced: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Checks every reference of every kustomization of the tree: a remote one (kustomize would
 * fetch it), a Helm chart (it would download it), one that leaves the tree (`../..` above the
 * root, an absolute path, a symlink out) and one that does not exist (kustomize would then try it
 * as a remote) are errors. A folder with such a reference, or that includes one, is unsafe to build.
 *
 * @param root the tree root
 * @param kustomizations kustomization files, relative to the root
 */
export function checkKustomizeReferences(root: string, kustomizations: readonly string[]): KustomizeReferenceCheck {
  const findings: TreeFinding[] = [];
  const bad = new Set<string>();
  const includes = new Map<string, string[]>();
  const referenced = new Map<string, Set<string>>();
  const realRoot = fs.realpathSync(root);
  for (const file of kustomizations) {
    const dir = path.posix.dirname(file);
    const base = { severity: 'error' as const, check: 'kustomize' as const, file, document: 'Kustomization' };
    let content: unknown;
    try {
      content = parse(fs.readFileSync(path.join(root, file), 'utf8'), { maxAliasCount: 100 });
    } catch {
      bad.add(dir); // reported by the yaml check; not built either
      continue;
    }
    const { references, helm } = kustomizeReferences(content);
    const local = new Set<string>();
    referenced.set(dir, local);
    for (const field of helm) {
      bad.add(dir);
      findings.push({ ...base, field, message: 'a Helm chart would be downloaded: validate never fetches anything; render the chart into the tree instead' });
    }
    for (const { field, value } of references) {
      // kustomize tries a reference as a local path first, and as a remote one only when that fails
      const target = path.posix.normalize(path.posix.join(dir, value.replace(/\\/g, '/')));
      const real = path.posix.isAbsolute(value) ? undefined : realPath(path.join(root, target));
      const outside = path.posix.isAbsolute(value) || target === '..' || target.startsWith('../') || (real !== undefined && !isInside(realRoot, real));
      if (real === undefined && isRemoteReference(value)) {
        bad.add(dir);
        findings.push({ ...base, field, message: `"${value}" is a remote resource: validate never fetches anything, and Flux would depend on it at every reconcile; vendor it into the tree` });
        continue;
      }
      if (outside) {
        bad.add(dir);
        findings.push({ ...base, field, message: `"${value}" is outside the tree: a Flux app may only use files of its own repository path` });
        continue;
      }
      if (real === undefined) {
        bad.add(dir);
        findings.push({ ...base, field, message: `"${value}" does not exist` });
        continue;
      }
      local.add(target);
      if (fs.statSync(real).isDirectory()) includes.set(dir, [...includes.get(dir) ?? [], target]);
    }
  }
  // a folder that includes an unsafe folder is unsafe too
  const unsafe = new Set(bad);
  for (let changed = true; changed;) {
    changed = false;
    for (const [dir, targets] of includes) {
      if (!unsafe.has(dir) && targets.some((t) => unsafe.has(t))) {
        unsafe.add(dir);
        changed = true;
      }
    }
  }
  return { findings, unsafe, referenced };
}

function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function isInside(root: string, p: string): boolean {
  const relative = path.relative(root, p);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
