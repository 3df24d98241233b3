"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KS_FILE = void 0;
exports.placeInFile = placeInFile;
exports.fileOf = fileOf;
const FILE_METADATA = 'langfuse-cdk8s:file';
/** The file the Flux app folder root keeps for the Flux Kustomization. */
exports.KS_FILE = 'ks.yaml';
/**
 * Places an object in a named file of its Flux app folder: `ks.yaml` at the folder root, any
 * other name under `app/`. Objects without a placement go to `app/<kind>.yaml`.
 */
function placeInFile(obj, file) {
    if (!/^[a-z0-9][a-z0-9.-]*\.yaml$/.test(file)) {
        throw new Error(`file name must be lowercase and end with .yaml (got "${file}")`);
    }
    obj.node.addMetadata(FILE_METADATA, file);
}
/** The file an object is written to. */
function fileOf(obj) {
    const entries = obj.node.metadata.filter((m) => m.type === FILE_METADATA);
    return entries.length > 0 ? String(entries[entries.length - 1].data) : `${obj.kind.toLowerCase()}.yaml`;
}
