"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordedUpgradeStep = recordedUpgradeStep;
const yaml_1 = require("yaml");
const upgrade_path_1 = require("./upgrade-path");
/**
 * The state an instance's tree was synthesized in, from its app folder (`appDirectory`): the
 * `UPGRADE_STEP_ANNOTATION` of its ks.yaml; without one (trees from before the upgrade path), the
 * state its HelmRelease shows (the bundled ClickHouse is v3 on it; otherwise the image's major
 * version and `LANGFUSE_MIGRATION_V4_*`). No ks.yaml, or one that is not a Flux Kustomization, means no
 * previous tree; a file that does not parse, or an unknown value, is reported rather than guessed.
 */
function recordedUpgradeStep(appDirectory, existing) {
    const ksFile = `${appDirectory}/ks.yaml`;
    const ksText = existing(ksFile);
    if (ksText === undefined)
        return { kind: 'none' };
    let ks;
    try {
        ks = (0, yaml_1.parse)(ksText);
    }
    catch (e) {
        return { kind: 'unreadable', file: ksFile, reason: `it is not YAML (${e.message.split('\n')[0]})` };
    }
    // Not a Flux Kustomization at all (a placeholder, a hand-written file): no tree of this tool's to
    // compare with; the writer stops on it anyway unless it is adopted on purpose.
    if (ks?.kind !== 'Kustomization')
        return { kind: 'none' };
    const annotation = ks?.metadata?.annotations?.[upgrade_path_1.UPGRADE_STEP_ANNOTATION];
    if (annotation !== undefined) {
        if (!upgrade_path_1.UPGRADE_PATH.includes(annotation)) {
            return { kind: 'unreadable', file: ksFile, reason: `its annotation ${upgrade_path_1.UPGRADE_STEP_ANNOTATION} is ${JSON.stringify(annotation)}, not one of ${upgrade_path_1.UPGRADE_PATH.join(', ')}` };
        }
        return { kind: 'step', step: annotation, file: ksFile, inferred: false };
    }
    const releaseFile = `${appDirectory}/app/helmrelease.yaml`;
    const releaseText = existing(releaseFile);
    if (releaseText === undefined)
        return { kind: 'unreadable', file: releaseFile, reason: `it is missing, and ${ksFile} records no ${upgrade_path_1.UPGRADE_STEP_ANNOTATION}` };
    try {
        const step = stepOfRelease((0, yaml_1.parse)(releaseText));
        return step ? { kind: 'step', step, file: releaseFile, inferred: true } : { kind: 'unreadable', file: releaseFile, reason: 'it has no Langfuse values (spec.values.langfuse and spec.values.clickhouse)' };
    }
    catch (e) {
        return { kind: 'unreadable', file: releaseFile, reason: `it is not YAML (${e.message.split('\n')[0]})` };
    }
}
/** The state a Langfuse HelmRelease of this tool shows. */
function stepOfRelease(release) {
    const values = release?.spec?.values;
    if (!values?.langfuse || !values?.clickhouse)
        return undefined;
    if (values.clickhouse.deploy !== false)
        return upgrade_path_1.UpgradeStep.BUNDLED;
    const tag = String(values.langfuse.image?.tag ?? '');
    if (!tag.startsWith('4.'))
        return upgrade_path_1.UpgradeStep.OPERATOR;
    const env = Object.fromEntries((values.langfuse.additionalEnv ?? []).map((e) => [e.name, e.value]));
    const mode = env.LANGFUSE_MIGRATION_V4_WRITE_MODE ?? 'events_only';
    if (mode === 'legacy')
        return upgrade_path_1.UpgradeStep.V4_LEGACY;
    if (mode === 'dual')
        return env.LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL === 'true' ? upgrade_path_1.UpgradeStep.V4_BACKFILL : upgrade_path_1.UpgradeStep.V4_DUAL;
    return upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY;
}
