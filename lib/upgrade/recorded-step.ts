import { parse } from 'yaml';
import type { ExistingFileReader } from '../output/flux-tree';
import { UPGRADE_PATH, UPGRADE_STEP_ANNOTATION, UpgradeStep } from './upgrade-path';

/** What the previous tree says about an instance's state. */
export type RecordedStep =
  | { readonly kind: 'none' }
  | { readonly kind: 'step'; readonly step: UpgradeStep; readonly file: string; readonly inferred: boolean }
  | { readonly kind: 'unreadable'; readonly file: string; readonly reason: string };

/**
 * The state an instance's tree was synthesized in, from its app folder (`appDirectory`): the
 * `UPGRADE_STEP_ANNOTATION` of its ks.yaml; without one (trees from before the upgrade path), the
 * state its HelmRelease shows (the bundled ClickHouse is v3 on it; otherwise the image's major
 * version and `LANGFUSE_MIGRATION_V4_*`). No ks.yaml, or one that is not a Flux Kustomization, means no
 * previous tree; a file that does not parse, or an unknown value, is reported rather than guessed.
 */
export function recordedUpgradeStep(appDirectory: string, existing: ExistingFileReader): RecordedStep {
  const ksFile = `${appDirectory}/ks.yaml`;
  const ksText = existing(ksFile);
  if (ksText === undefined) return { kind: 'none' };
  let ks: any;
  try {
    ks = parse(ksText);
  } catch (e) {
    return { kind: 'unreadable', file: ksFile, reason: `it is not YAML (${(e as Error).message.split('\n')[0]})` };
  }
  // Not a Flux Kustomization at all (a placeholder, a hand-written file): no tree of this tool's to
  // compare with; the writer stops on it anyway unless it is adopted on purpose.
  if (ks?.kind !== 'Kustomization') return { kind: 'none' };
  const annotation = ks?.metadata?.annotations?.[UPGRADE_STEP_ANNOTATION];
  if (annotation !== undefined) {
    if (!UPGRADE_PATH.includes(annotation)) {
      return { kind: 'unreadable', file: ksFile, reason: `its annotation ${UPGRADE_STEP_ANNOTATION} is ${JSON.stringify(annotation)}, not one of ${UPGRADE_PATH.join(', ')}` };
    }
    return { kind: 'step', step: annotation as UpgradeStep, file: ksFile, inferred: false };
  }
  const releaseFile = `${appDirectory}/app/helmrelease.yaml`;
  const releaseText = existing(releaseFile);
  if (releaseText === undefined) return { kind: 'unreadable', file: releaseFile, reason: `it is missing, and ${ksFile} records no ${UPGRADE_STEP_ANNOTATION}` };
  try {
    const step = stepOfRelease(parse(releaseText));
    return step ? { kind: 'step', step, file: releaseFile, inferred: true } : { kind: 'unreadable', file: releaseFile, reason: 'it has no Langfuse values (spec.values.langfuse and spec.values.clickhouse)' };
  } catch (e) {
    return { kind: 'unreadable', file: releaseFile, reason: `it is not YAML (${(e as Error).message.split('\n')[0]})` };
  }
}

/** The state a Langfuse HelmRelease of this tool shows. */
function stepOfRelease(release: any): UpgradeStep | undefined {
  const values = release?.spec?.values;
  if (!values?.langfuse || !values?.clickhouse) return undefined;
  if (values.clickhouse.deploy !== false) return UpgradeStep.BUNDLED;
  const tag = String(values.langfuse.image?.tag ?? '');
  if (!tag.startsWith('4.')) return UpgradeStep.OPERATOR;
  const env = Object.fromEntries(((values.langfuse.additionalEnv ?? []) as { name: string; value?: string }[]).map((e) => [e.name, e.value]));
  const mode = env.LANGFUSE_MIGRATION_V4_WRITE_MODE ?? 'events_only';
  if (mode === 'legacy') return UpgradeStep.V4_LEGACY;
  if (mode === 'dual') return env.LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL === 'true' ? UpgradeStep.V4_BACKFILL : UpgradeStep.V4_DUAL;
  return UpgradeStep.V4_EVENTS_ONLY;
}
