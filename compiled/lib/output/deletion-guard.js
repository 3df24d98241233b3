"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeletionGuardError = exports.STATEFUL_KINDS = void 0;
exports.guardedDeletions = guardedDeletions;
const yaml_1 = require("yaml");
const output_tree_error_1 = require("./output-tree-error");
const parent_kustomization_1 = require("./parent-kustomization");
/** Kinds whose deletion loses data: the Postgres cluster and database, its backup store, the operator's ClickHouse. */
exports.STATEFUL_KINDS = {
    'postgresql.cnpg.io': ['Cluster', 'Database'],
    'barmancloud.cnpg.io': ['ObjectStore'],
    'clickhouse.com': ['KeeperCluster', 'ClickHouseCluster'],
};
/** The annotation that keeps Flux from pruning an object. */
const PRUNE = 'kustomize.toolkit.fluxcd.io/prune';
const group = (apiVersion) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
const isStateful = (o) => exports.STATEFUL_KINDS[group(o.apiVersion)]?.includes(o.kind) ?? false;
const isSecret = (o) => o.apiVersion === 'v1' && o.kind === 'Secret';
const isFluxKustomization = (o) => group(o.apiVersion) === 'kustomize.toolkit.fluxcd.io' && o.kind === 'Kustomization';
// Only files that may hold a kind the guard looks at are parsed; the rest of the tree is not.
const MAY_MATTER = /^kind:\s*["']?(Cluster|Database|ObjectStore|KeeperCluster|ClickHouseCluster|Secret|Kustomization)["']?\s*$/m;
/**
 * What a planned write would delete that loses data or a whole app, found by comparing the tree
 * on disk (the files this tool wrote: the removed ones and the old content of the rewritten ones)
 * with the rendered files:
 *
 * - a Flux Kustomization (an app's `ks.yaml`) the new tree no longer has, also one that moves to
 *   another namespace: Flux deletes it and, with prune, every object it applied;
 * - a CloudNativePG `Cluster`, `Database` or Barman Cloud `ObjectStore`, or a ClickHouse
 *   `KeeperCluster` or `ClickHouseCluster`, that the new tree no longer has anywhere;
 * - a Secret such an object names (its credentials) that the new tree no longer has;
 * - an encrypted Secret file removed whose objects cannot be read.
 *
 * An object that moves to another file of the tree is not a deletion, and neither is the
 * Kustomization of a `retiredApps` entry (a `ks.yaml` path: an app the config retires on purpose
 * that holds no data, like the ClickHouse migration's Jobs at cleanup). A Flux Kustomization's
 * namespace is the one it has in the cluster: its `ks.yaml`'s, unless the namespace folder's
 * kustomization.yaml sets `namespace:` (`parentNamespace`; the reference deployment does).
 */
function guardedDeletions(plan, files, retiredApps = [], parentNamespace = () => undefined) {
    const treeObjects = (file, content) => fileObjects(file, content, parentNamespace);
    // A file rewritten with only new ciphertext (re-encrypted Secrets) holds the same objects: it cannot delete one.
    const rewritten = plan.writes.filter((w) => w.existing !== undefined && withoutCiphertext(w.existing) !== withoutCiphertext(w.content));
    const old = [...plan.removals.map((r) => [r.path, r.content]), ...rewritten.map((w) => [w.path, w.existing])];
    const before = old.flatMap(([file, content]) => treeObjects(file, content));
    // Only new files that name one of the objects that may go can keep it, or hold an object that reads it (a repeated synth
    // rewrites few files, and a first one none): the others are not parsed.
    const names = [...new Set(before.filter((o) => isFluxKustomization(o) || isStateful(o) || isSecret(o)).map((o) => o.name))];
    const after = names.length === 0 ? [] : files.filter((f) => names.some((n) => f.content.includes(n))).flatMap((f) => treeObjects(f.path, f.content));
    const kept = new Set(after.map((o) => o.id));
    const referenced = secretsNamedBy([...before, ...after].filter(isStateful));
    const deletions = [];
    for (const removal of plan.removals) {
        if (removal.path.endsWith('.sops.yaml') && !before.some((o) => o.file === removal.path)) {
            deletions.push({ path: removal.path, object: 'an encrypted Secret file', effect: 'its Secrets are deleted; their names are encrypted, so synth cannot tell which' });
        }
    }
    for (const o of before) {
        if (kept.has(o.id))
            continue;
        if (isFluxKustomization(o)) {
            if (retiredApps.includes(o.file))
                continue;
            deletions.push({
                path: o.file,
                object: `the Flux app ${o.file.replace(/\/ks\.yaml$/, '')} (Kustomization ${o.namespace}/${o.name})`,
                effect: 'Flux deletes the Kustomization and, with prune, every object it applied (the HelmRelease, and every stateful object without prune disabled)',
            });
        }
        else if (isStateful(o)) {
            const pruneDisabled = o.doc.metadata?.annotations?.[PRUNE] === 'disabled';
            deletions.push({
                path: o.file,
                object: `${o.kind} ${o.namespace}/${o.name} (${o.apiVersion})`,
                effect: pruneDisabled
                    ? `it carries ${PRUNE}: disabled, so Flux leaves it running, no longer managed: its data stays, but nothing in Git describes it`
                    : 'Flux deletes it, and with it its data',
            });
        }
        else if (isSecret(o) && referenced.has(`${o.namespace}/${o.name}`)) {
            deletions.push({ path: o.file, object: `Secret ${o.namespace}/${o.name}`, effect: `${referenced.get(`${o.namespace}/${o.name}`)} reads it` });
        }
    }
    return deletions.sort((a, b) => a.path.localeCompare(b.path) || a.object.localeCompare(b.object));
}
/** A file's text without SOPS ciphertext: its `ENC[...]` values and its `sops:` metadata blocks. */
function withoutCiphertext(text) {
    return text.replace(/ENC\[[^\]\n]*\]/g, 'ENC[]').replace(/^sops:\n(?:[ \t]+.*\n|\n)*/gm, '');
}
/** The objects of a tree file the guard looks at, with a stable identity (group, kind, namespace, name). */
function fileObjects(file, content, parentNamespace) {
    if (!MAY_MATTER.test(content))
        return [];
    const objects = [];
    for (const document of (0, yaml_1.parseAllDocuments)(content)) {
        if (document.errors.length > 0)
            continue;
        const doc = document.toJS();
        if (!doc || typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string' || typeof doc.metadata?.name !== 'string')
            continue;
        const { apiVersion, kind } = doc;
        const transformed = isFluxKustomization({ apiVersion, kind }) ? (0, parent_kustomization_1.kustomizationNamespaceOf)(file, parentNamespace) : undefined;
        const namespace = transformed ?? (typeof doc.metadata.namespace === 'string' ? doc.metadata.namespace : '');
        objects.push({ file, id: `${group(apiVersion)}/${kind}/${namespace}/${doc.metadata.name}`, apiVersion, kind, namespace, name: doc.metadata.name, doc });
    }
    return objects;
}
/** `namespace/name` of every Secret a stateful object names in its spec (any `name` field), with the object that names it. */
function secretsNamedBy(objects) {
    const named = new Map();
    const walk = (value, owner) => {
        if (Array.isArray(value))
            value.forEach((v) => walk(v, owner));
        else if (value && typeof value === 'object') {
            for (const [key, v] of Object.entries(value)) {
                if (key === 'name' && typeof v === 'string' && !named.has(`${owner.namespace}/${v}`))
                    named.set(`${owner.namespace}/${v}`, `${owner.kind} ${owner.namespace}/${owner.name}`);
                else
                    walk(v, owner);
            }
        }
    };
    for (const o of objects)
        walk(o.doc.spec, o);
    return named;
}
/** A synth that would delete stateful objects or whole apps: nothing was written (exit 2). */
class DeletionGuardError extends output_tree_error_1.OutputTreeError {
    deletions;
    constructor(root, deletions) {
        super(`synth stopped before writing anything: it would delete ${deletions.length === 1 ? 'this' : `these ${deletions.length}`} under ${root}:\n`
            + `${deletions.map((d) => `  ${d.path}: ${d.object}: ${d.effect}`).join('\n')}\n`
            + 'This follows from the config (langfuse_enabled: false, a renamed instance or namespace, another ClickHouse backend, a feature turned off, '
            + 'the step back from the ClickHouse migration\'s prepare stage). '
            + 'Take a backup first if data is at stake; if the deletion is meant, run synth again with --allow-delete '
            + '(LANGFUSE_ALLOW_DELETE=1 for npx cdk8s synth). "diff" lists the same deletions.');
        this.deletions = deletions;
    }
}
exports.DeletionGuardError = DeletionGuardError;
