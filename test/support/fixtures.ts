import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App } from 'cdk8s';
import { parse } from 'yaml';
import { PROBE_BASE_CONFIG } from '../../lib/config/affected-resources';
import { ConfigError } from '../../lib/config/errors';
import { parseConfig } from '../../lib/config/load';
import { LangfuseConfig } from '../../lib/config/schema';
import { renderFluxTree, RenderedFile } from '../../lib/output/flux-tree';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';
import { buildApp } from '../../lib/synth';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLE_CONFIG_PATH = path.join(REPO_ROOT, 'examples', 'langfuse.yaml');

/** The shipped example config as a raw object. */
export function exampleRaw(): Record<string, unknown> {
  return parse(fs.readFileSync(EXAMPLE_CONFIG_PATH, 'utf8'));
}

/** The smallest config that enables Langfuse: every optional feature off. */
export function minimalRaw(): Record<string, unknown> {
  return { ...PROBE_BASE_CONFIG };
}

/** The problems a raw config produces, as "key: message" lines (none when it is valid). */
export function configProblems(raw: Record<string, unknown>): string[] {
  try {
    parseConfig(raw, 'test.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.key}: ${p.message}`);
    throw e;
  }
  return [];
}

/** Every file under a folder with its content, for "left untouched" checks. */
export function snapshotTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(root, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

/** Writes rendered files under `root`; returns the app folders (those with a kustomization.yaml). */
export function writeRendered(files: readonly RenderedFile[], root: string): string[] {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
  return files.filter((f) => f.path.endsWith('/app/kustomization.yaml')).map((f) => path.dirname(path.join(root, f.path)));
}

/** Validates a raw config (throws ConfigError). */
export function config(raw: Record<string, unknown>): LangfuseConfig {
  return parseConfig(raw, 'test');
}

/** A synthesized object, as JSON. */
export type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; [k: string]: any }; [k: string]: any };

const cache = new Map<string, K8sObject[]>();

/** Every object the app synthesizes for a raw config; results are shared between tests. */
export function synthObjects(raw: Record<string, unknown>): K8sObject[] {
  const key = JSON.stringify(raw);
  let objects = cache.get(key);
  if (!objects) {
    const { app } = buildApp(config(raw), new App({ outdir: os.tmpdir() }));
    objects = app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson() as K8sObject));
    cache.set(key, objects);
  }
  return objects;
}

/** The one object of a kind and name; fails loudly when absent. */
export function findObject(objects: readonly K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  if (found.length !== 1) {
    throw new Error(`expected one ${kind} ${name}, found ${found.length} (have: ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')})`);
  }
  return found[0];
}

/** Whether an object of a kind and name exists. */
export function hasObject(objects: readonly K8sObject[], kind: string, name: string): boolean {
  return objects.some((o) => o.kind === kind && o.metadata.name === name);
}

/** The Flux tree for a raw config, rendered in memory with Secrets in clear (tests only). */
export async function renderTree(raw: Record<string, unknown>): Promise<RenderedFile[]> {
  const { app } = buildApp(config(raw), new App({ outdir: os.tmpdir() }));
  return renderFluxTree(app.charts, plaintextEncoder, () => undefined);
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'langfuse-cdk8s-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The objects (`Kind/name`) that extra keys add to and remove from the minimal config's output. */
export function objectDiff(extra: Record<string, unknown>): { added: string[]; removed: string[] } {
  const ids = (objects: readonly K8sObject[]) => new Set(objects.map((o) => `${o.kind}/${o.metadata.name}`));
  const base = ids(synthObjects(minimalRaw()));
  const changed = ids(synthObjects({ ...minimalRaw(), ...extra }));
  return { added: [...changed].filter((i) => !base.has(i)).sort(), removed: [...base].filter((i) => !changed.has(i)).sort() };
}
