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
exports.cdk8sAppOutDir = cdk8sAppOutDir;
exports.checkNotCdk8sOutDir = checkNotCdk8sOutDir;
const path = __importStar(require("path"));
const output_tree_error_1 = require("./output-tree-error");
/**
 * The output folder `cdk8s synth` gave this process, when it is the app of `cdk8s synth`: both
 * variables cdk8s-cli sets for its app (`CDK8S_OUTDIR`, `CDK8S_RECORD_CONSTRUCT_METADATA`) are present.
 */
function cdk8sAppOutDir(env = process.env) {
    return env.CDK8S_OUTDIR && env.CDK8S_RECORD_CONSTRUCT_METADATA !== undefined ? path.resolve(env.CDK8S_OUTDIR) : undefined;
}
/**
 * Refuses a Flux tree root (resolved) that is `cdk8s synth`'s output folder or inside it:
 * cdk8s-cli empties that folder before it runs the app, so the previous tree is gone before the
 * writer can compare against it, and the deletion guard and the ownership checks see nothing.
 * Read from the environment here, in the writer, since a library consumer's entry point run by
 * `cdk8s synth` calls `writeTree` itself.
 * @param realPath the real path of a resolved path whose end may not exist yet (`realPathOf`)
 */
function checkNotCdk8sOutDir(outDir, root, realPath, env = process.env) {
    const cdk8sOut = cdk8sAppOutDir(env);
    if (cdk8sOut === undefined)
        return;
    // compared as named and through symbolic links (a linked parent must not lead into it)
    const within = (a, b) => a === b || a.startsWith(`${b}${path.sep}`);
    const [realRoot, realOut] = [realPath(root), realPath(cdk8sOut)];
    if (!within(root, cdk8sOut) && !within(realRoot, realOut))
        return;
    throw new output_tree_error_1.OutputTreeError([
        `the Flux tree's folder "${outDir}" is ${root === cdk8sOut || realRoot === realOut ? '' : 'inside '}cdk8s synth's output folder ${cdk8sOut} (CDK8S_OUTDIR),`,
        'which cdk8s synth empties before it runs the app: the previous tree would be gone, and with it the deletion guard and the ownership checks.',
        'Write the tree to another folder (synth: --out or $LANGFUSE_OUT; a library entry point: the outDir it passes to writeTree),',
        'or point `output:` in cdk8s.yaml at a throwaway folder like .cdk8s.out.',
    ].join(' '));
}
