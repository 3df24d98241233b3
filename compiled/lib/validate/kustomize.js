"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kubectlAvailable = kubectlAvailable;
exports.kustomizeBuild = kustomizeBuild;
const child_process_1 = require("child_process");
let available;
/**
 * Whether `kubectl` can be run (`kubectl version --client` succeeds). Checked once per process.
 */
function kubectlAvailable() {
    if (available === undefined) {
        const result = (0, child_process_1.spawnSync)('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 30_000 });
        available = !result.error && result.status === 0;
    }
    return available;
}
/**
 * Renders a kustomization with `kubectl kustomize <dir>`, the same build that Flux's
 * kustomize-controller performs, without a cluster.
 *
 * @param dir the folder holding `kustomization.yaml`
 */
function kustomizeBuild(dir) {
    const result = (0, child_process_1.spawnSync)('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    if (result.error) {
        return { ok: false, output: '', error: `cannot run "kubectl kustomize ${dir}": ${result.error.message}` };
    }
    if (result.status !== 0) {
        const stderr = result.stderr.trim();
        return { ok: false, output: result.stdout, error: stderr || `"kubectl kustomize ${dir}" exited with ${result.signal ? `signal ${result.signal}` : `status ${result.status}`}` };
    }
    return { ok: true, output: result.stdout };
}
