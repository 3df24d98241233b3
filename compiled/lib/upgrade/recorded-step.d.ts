import type { ExistingFileReader } from '../output/flux-tree';
import { UpgradeStep } from './upgrade-path';
/** What the previous tree says about an instance's state. */
export type RecordedStep = {
    readonly kind: 'none';
} | {
    readonly kind: 'step';
    readonly step: UpgradeStep;
    readonly file: string;
    readonly inferred: boolean;
} | {
    readonly kind: 'unreadable';
    readonly file: string;
    readonly reason: string;
};
/**
 * The state an instance's tree was synthesized in, from its app folder (`appDirectory`): the
 * `UPGRADE_STEP_ANNOTATION` of its ks.yaml; without one (trees from before the upgrade path), the
 * state its HelmRelease shows (the bundled ClickHouse is v3 on it; otherwise the image's major
 * version and `LANGFUSE_MIGRATION_V4_*`). No ks.yaml, or one that is not a Flux Kustomization, means no
 * previous tree; a file that does not parse, or an unknown value, is reported rather than guessed.
 */
export declare function recordedUpgradeStep(appDirectory: string, existing: ExistingFileReader): RecordedStep;
