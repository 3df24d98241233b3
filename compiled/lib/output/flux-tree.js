"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isFluxApp = isFluxApp;
exports.renderFluxTree = renderFluxTree;
exports.kustomizationYaml = kustomizationYaml;
const cdk8s_1 = require("cdk8s");
const file_placement_1 = require("./file-placement");
/** Whether a chart is a Flux app. */
function isFluxApp(chart) {
    return typeof chart.appDirectory === 'string';
}
/**
 * Renders every chart, each a Flux app, to files, in memory: nothing touches the disk, so a
 * failure here leaves the previous tree as it was. A chart that is not a Flux app has no folder to
 * go to; it is an error rather than left out, since Flux would never apply its objects.
 */
async function renderFluxTree(charts, encoder, existing) {
    const files = [];
    const seen = new Map();
    for (const chart of charts) {
        if (!(chart.node.root instanceof cdk8s_1.App))
            throw new Error(secondCdk8sMessage(chart));
        if (!isFluxApp(chart)) {
            throw new Error(`chart "${chart.node.path}" is not a Flux app, so its objects would be missing from the tree: `
                + 'make it a FluxAppChart (a folder with its own ks.yaml), or pass only the Flux apps (app.charts.filter(isFluxApp))');
        }
        const previous = seen.get(chart.appDirectory);
        if (previous)
            throw new Error(`charts "${previous}" and "${chart.node.path}" both write ${chart.appDirectory}`);
        seen.set(chart.appDirectory, chart.node.path);
        files.push(...await renderApp(chart, encoder, existing));
    }
    return files;
}
/**
 * A chart whose root is not an App of the cdk8s this package loads: most often the app's cdk8s is
 * another copy (a folder installed as a symlink resolves cdk8s from its own node_modules), whose
 * App cannot render this copy's Lazy values.
 */
function secondCdk8sMessage(chart) {
    return [
        `chart "${chart.node.path}" is not in an App of the cdk8s that langfuse-cdk8s loads (${require.resolve('cdk8s')}):`,
        'two copies of cdk8s are loaded, and objects of one cannot be rendered by the other.',
        'Install langfuse-cdk8s so that it shares your cdk8s: from git or a tarball, or a folder with "npm install --install-links <folder>".',
    ].join('\n');
}
async function renderApp(chart, encoder, existing) {
    const errors = chart.node.findAll().flatMap((c) => c.node.validate().map((e) => `${c.node.path}: ${e}`));
    if (errors.length > 0)
        throw new Error(`chart ${chart.node.id} is invalid:\n  ${errors.join('\n  ')}`);
    const byFile = new Map();
    for (const obj of chart.node.findAll().filter(cdk8s_1.ApiObject.isApiObject)) {
        const file = (0, file_placement_1.fileOf)(obj);
        byFile.set(file, [...byFile.get(file) ?? [], obj.toJson()]);
    }
    const root = chart.appDirectory;
    const files = [];
    const appFiles = [...byFile.keys()].filter((f) => f !== file_placement_1.KS_FILE).sort(appFileOrder);
    for (const file of appFiles) {
        const docs = byFile.get(file);
        const path = `${root}/app/${file}`;
        const content = file.endsWith('.sops.yaml') ? await encoder.encode(docs, path, existing(path)) : cdk8s_1.Yaml.stringify(...docs);
        files.push({ path, content });
    }
    files.push({ path: `${root}/app/kustomization.yaml`, content: kustomizationYaml(appFiles) });
    const ks = byFile.get(file_placement_1.KS_FILE);
    if (ks)
        files.push({ path: `${root}/${file_placement_1.KS_FILE}`, content: cdk8s_1.Yaml.stringify(...ks) });
    return files;
}
/** namespace.yaml first, then alphabetical: a stable order that reads top-down. */
function appFileOrder(a, b) {
    if (a === 'namespace.yaml')
        return -1;
    if (b === 'namespace.yaml')
        return 1;
    return a.localeCompare(b);
}
/** The kustomize `kustomization.yaml` listing exactly the emitted files (plain YAML, not a Kubernetes object). */
function kustomizationYaml(files) {
    return cdk8s_1.Yaml.stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: files.map((f) => `./${f}`) });
}
