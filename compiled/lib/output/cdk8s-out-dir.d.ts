/**
 * The output folder `cdk8s synth` gave this process, when it is the app of `cdk8s synth`: both
 * variables cdk8s-cli sets for its app (`CDK8S_OUTDIR`, `CDK8S_RECORD_CONSTRUCT_METADATA`) are present.
 */
export declare function cdk8sAppOutDir(env?: NodeJS.ProcessEnv): string | undefined;
/**
 * Refuses a Flux tree root (resolved) that is `cdk8s synth`'s output folder or inside it:
 * cdk8s-cli empties that folder before it runs the app, so the previous tree is gone before the
 * writer can compare against it, and the deletion guard and the ownership checks see nothing.
 * Read from the environment here, in the writer, since a library consumer's entry point run by
 * `cdk8s synth` calls `writeTree` itself.
 * @param realPath the real path of a resolved path whose end may not exist yet (`realPathOf`)
 */
export declare function checkNotCdk8sOutDir(outDir: string, root: string, realPath: (resolved: string) => string, env?: NodeJS.ProcessEnv): void;
