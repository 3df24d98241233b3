import * as fs from 'fs';
import * as path from 'path';
import { ApiObject } from 'cdk8s';
import { ExternalObjectStorage } from '../../lib/backends/object-storage';
import { DragonflyBackend } from '../../lib/backends/redis-backend';
import { isEncryptedConfigText } from '../../lib/config/encrypted-config';
import { sideApps } from '../../lib/config/reserved-names';
import { FluxAppChart } from '../../lib/flux/flux-app-chart';
import { KeycloakClient } from '../../lib/identity/keycloak-client';
import { KeycloakConfigCliJob } from '../../lib/identity/keycloak-config-cli-job';
import { KeycloakServiceAccountClient } from '../../lib/identity/keycloak-service-account-client';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { fileOf, KS_FILE } from '../../lib/output/file-placement';
import { OWNED_FILES_MANIFEST } from '../../lib/output/owned-manifest';
import { BARMAN_CLOUD_PLUGIN_NAME } from '../../lib/postgres/cnpg-backup';
import {
  REFERENCE_APP_FILES, REFERENCE_DEPENDENCIES, REFERENCE_DRAGONFLY, REFERENCE_KEYCLOAK_CONFIG_JOB, REFERENCE_KUSTOMIZATION, REFERENCE_NAMESPACE, REFERENCE_PATHS,
  REFERENCE_POSTGRES,
} from '../../lib/reference/reference-layout';
import { SopsSecret } from '../../lib/secrets/sops-secret';
import { shellCommand, shellQuote } from '../../lib/shell-quote';
import { UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { UserError } from './cli-errors';
import { shellComment, throwawayPod } from './doctor';
import { loadLangfuse, LoadedLangfuse } from './explain';

/** One step of the switch: what and why, the commands, how to check it, how to undo it. */
export interface SwitchStep {
  readonly title: string;
  readonly why: string;
  readonly commands: readonly string[];
  readonly check?: readonly string[];
  /** Commands that undo the step (printed as comments: they never run when the runbook is pasted). */
  readonly rollback: readonly string[];
}

/** One instance of a config, with every chart of its app (the Langfuse app and its side apps). */
export interface SwitchTarget extends LoadedLangfuse {
  readonly sideApps: readonly FluxAppChart[];
  /** The config file is SOPS-encrypted (its secret values are ENC[...] on disk). @default false */
  readonly encryptedConfig?: boolean;
}

const kubectl = (...args: string[]) => shellCommand('kubectl', ...args);
const flux = (...args: string[]) => shellCommand('flux', ...args);

/** The pinned redis-cli image of the queue check pod. */
const REDIS_CLI_IMAGE = 'redis:7.4.2-alpine';

/**
 * Every instance of a config file (plain or encrypted), with the side apps written next to it.
 * @param treeRoot the reference repository: its namespace folders' `namespace:` decide where the Kustomizations live (@default - none read)
 */
export async function loadSwitchTargets(configPath: string, env: NodeJS.ProcessEnv = process.env, treeRoot?: string): Promise<SwitchTarget[]> {
  const encryptedConfig = isEncryptedConfigText(fs.readFileSync(configPath, 'utf8'));
  return (await loadLangfuse(configPath, env, treeRoot)).map((loaded) => {
    const names = new Set<string>(Object.values(sideApps(loaded.chart.appName)));
    const sideCharts = loaded.chart.node.scope!.node.children
      .filter((c): c is FluxAppChart => c instanceof FluxAppChart)
      .filter((c) => c !== loaded.chart && names.has(c.appName));
    return { ...loaded, sideApps: sideCharts, encryptedConfig };
  });
}

/**
 * The ordered runbook that switches a cluster running the reference deployment to this tool's tree
 * for one instance, with this config's names: a base backup first, prune protection on the old
 * objects, the reference's Kustomization suspended, the BullMQ queues drained before the Redis key
 * prefix changes, the Dragonfly password on both sides, the Keycloak config Job patched, the new
 * tree committed with --adopt, checks, and only then the reference's files removed. Every value is
 * shell-quoted; rollbacks are comments.
 */
export function switchRunbook(target: SwitchTarget, configPath: string): SwitchStep[] {
  const { chart, props, sideApps } = target;
  if (chart.upgradeStep !== UpgradeStep.BUNDLED) {
    // The reference's traces are in the chart's bundled ClickHouse: only the staged upgrade moves them (synth --adopt would refuse the jump too).
    throw new UserError(`${chart.appName}: the switch from the reference deployment keeps its Langfuse v3 on the chart's bundled ClickHouse, which holds its traces `
      + `(langfuse_version: 3, langfuse_clickhouse_backend: bundled, as import-reference writes them); this config is at upgrade stage ${chart.upgradeStep}. `
      + 'Switch with those values first, then move on with langfuse-cdk8s upgrade plan');
  }
  const identity = referenceIdentityProblems(target);
  if (identity.length > 0) {
    throw new UserError(`${chart.appName}: the switch takes over the reference deployment's objects by their names, and this config names others: ${identity.join('; ')}. `
      + 'import-reference writes these keys from the reference\'s cluster.yaml; set them back, or the runbook would protect, suspend and adopt objects the reference does not have');
  }
  const ns = chart.names.namespace;
  const cluster = chart.names.postgresCluster;
  const ks = chart.kustomization;
  const web = `deploy/${chart.names.webService}`;
  const secrets = chart.node.findAll().filter((c): c is SopsSecret => c instanceof SopsSecret).map((s) => s.name);
  // the reference's own names (the identity check above makes this config's the same)
  const stateful = [`clusters.postgresql.cnpg.io/${REFERENCE_POSTGRES.cluster}`, `databases.postgresql.cnpg.io/${REFERENCE_POSTGRES.databaseObject}`,
    ...(chart.backup?.objectStore ? [`objectstores.barmancloud.cnpg.io/${chart.backup.objectStore.name}`] : []),
    ...[chart.names.secrets.postgres, ...(props.backup ? [chart.names.secrets.backup] : [])].map((s) => `secrets/${s}`)];
  const steps: SwitchStep[] = [];

  const backupName = `${cluster}-before-switch`;
  const primary = `"$(${kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.status.currentPrimary}')})"`;
  const dump = `${kubectl('exec', '-n', ns, primary, '-c', 'postgres', '--', 'pg_dump', '-Fc', '-d', chart.names.postgresDatabase).replace(shellQuote(primary), primary)}`
    + ` > ${shellQuote(`${backupName}.dump`)}   # a logical dump on this machine, whatever the object store holds`;
  const method = chart.backup?.method.kind;
  const physical = method === 'plugin'
    ? [kubectl('cnpg', 'backup', '-n', ns, cluster, '--backup-name', backupName, '--method', 'plugin', '--plugin-name', BARMAN_CLOUD_PLUGIN_NAME)
      + '   # kubectl\'s cnpg plugin: a Backup object, a base backup into the ObjectStore']
    : method === 'barmanObjectStore'
      ? [kubectl('cnpg', 'backup', '-n', ns, cluster, '--backup-name', backupName) + '   # kubectl\'s cnpg plugin: a base backup with the in-tree barmanObjectStore']
      : [];
  steps.push({
    title: 'Back up first: a base backup of the Postgres cluster (the reference archived WAL but never took one)',
    why: `the switch keeps ${cluster} and its volumes, but nothing else protects the data if a step goes wrong; record the Cluster's UID to prove later that it was never recreated`,
    commands: [`${kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.metadata.uid}')} > ${shellQuote(`${cluster}.uid`)}`, ...physical, dump],
    check: [
      ...(physical.length > 0 ? [kubectl('get', 'backups.postgresql.cnpg.io', '-n', ns, backupName, '-o', 'jsonpath={.status.phase}{"\\n"}') + '   # expect: completed'] : []),
      `${shellCommand('pg_restore', '--list', `${backupName}.dump`)} | head   # the dump is readable (pg_restore restores it)`,
    ],
    rollback: ['nothing changed yet'],
  });
  steps.push({
    title: 'Protect the reference\'s stateful objects from Flux prune',
    why: 'the reference\'s Cluster, Database, ObjectStore and their Secrets carry no prune protection; this tree\'s do, but only once it is applied',
    commands: stateful.map((o) => kubectl('annotate', '-n', ns, o, 'kustomize.toolkit.fluxcd.io/prune=disabled', '--overwrite')),
    check: [kubectl('get', '-n', ns, ...stateful, '-o', 'custom-columns=NAME:.metadata.name,PRUNE:.metadata.annotations.kustomize\\.toolkit\\.fluxcd\\.io/prune')],
    rollback: stateful.map((o) => kubectl('annotate', '-n', ns, o, 'kustomize.toolkit.fluxcd.io/prune-')),
  });
  steps.push({
    title: `Suspend the reference's Kustomization ${REFERENCE_KUSTOMIZATION.namespace}/${REFERENCE_KUSTOMIZATION.name}`,
    why: `this tree's Kustomization is the same object (${ks.namespace}/${ks.name}): suspended, it applies nothing until the new tree is in place`,
    commands: [flux('suspend', 'kustomization', REFERENCE_KUSTOMIZATION.name, '-n', REFERENCE_KUSTOMIZATION.namespace)],
    check: [`${flux('get', 'kustomizations', '-n', REFERENCE_KUSTOMIZATION.namespace, REFERENCE_KUSTOMIZATION.name)}   # SUSPENDED True`],
    rollback: [flux('resume', 'kustomization', REFERENCE_KUSTOMIZATION.name, '-n', REFERENCE_KUSTOMIZATION.namespace)],
  });

  const redis = props.redis;
  if (redis instanceof DragonflyBackend && redis.keyPrefix !== undefined) {
    // runs in the throwaway pod; every value comes from its environment, none is part of the script
    const count = 'r() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --user "$REDIS_USER" "$@"; }; total=0; '
      + 'for p in wait active paused prioritized delayed; do for k in $(r --scan --pattern "bull:*:$p"); do '
      + 'case "$(r type "$k")" in list) n=$(r llen "$k");; zset) n=$(r zcard "$k");; *) n=0;; esac; '
      + 'echo "$k $n"; total=$((total + n)); done; done; echo "jobs left: $total"';
    const countJobs = throwawayPod({
      name: 'langfuse-queue-check',
      namespace: ns,
      image: REDIS_CLI_IMAGE,
      script: count,
      env: [
        { name: 'REDISCLI_AUTH', valueFrom: { secretKeyRef: { name: chart.names.secrets.redis, key: 'password' } } },
        { name: 'REDIS_HOST', value: redis.host },
        { name: 'REDIS_PORT', value: String(redis.port) },
        { name: 'REDIS_USER', value: redis.username },
      ],
    });
    steps.push({
      title: `Drain the BullMQ queues before the Redis key prefix changes to ${redis.keyPrefix}`,
      why: `the reference's Langfuse queues jobs under unprefixed keys (bull:*); this tree's reads only ${redis.keyPrefix}*: jobs left behind are never processed. `
        + 'Stop ingestion (web), let the worker empty the queues, then switch (a throwaway redis-cli pod counts them with Langfuse\'s own credentials; '
        + 'allow it in enforced policies)',
      commands: [kubectl('scale', '-n', ns, web, '--replicas=0'), countJobs],
      check: [`${countJobs}   # repeat until "jobs left: 0"`],
      rollback: [kubectl('scale', '-n', ns, web, `--replicas=${props.web?.replicas ?? 1}`)],
    });
  }
  if (redis instanceof DragonflyBackend) {
    const acl = props.dragonflyAcl?.secretName ?? 'dragonfly-acl';
    const key = 'dragonfly_langfuse_password';
    // prints a digest of each file's value, never the value (an encrypted config is read through langfuse-cdk8s decrypt)
    const value = (file: string, encrypted: boolean) => `${encrypted ? shellCommand('langfuse-cdk8s', 'decrypt', file) : shellCommand('cat', file)} `
      + `| sed -n ${shellQuote(`s/^${key}:[[:space:]]*//p`)} | tr -d ${shellQuote('"\'\r')} | sha256sum`;
    const encrypted = target.encryptedConfig === true;
    steps.push({
      title: 'The Dragonfly password on both sides',
      why: `Langfuse authenticates as "${redis.username}" with ${key}; the reference's acl.conf (${REFERENCE_DRAGONFLY.namespace}/${REFERENCE_DRAGONFLY.aclSecret}) `
        + 'keeps the same user until Dragonfly reads this tree\'s ACL. Keep the value equal in the reference\'s cluster.yaml and in this config: the two digests below must be '
        + 'equal (only digests reach the terminal). To rotate it, run the commented commands (a new value in both files, the reference\'s acl.conf re-rendered, Dragonfly restarted; '
        + 'Langfuse reconnects once Flux applied the new Secret). To move Dragonfly to this tree\'s ACL '
        + `(${acl}, which keeps the other users of dragonfly_acl_extra_users), point the Dragonfly CR's aclFromSecret at it`,
      commands: [
        `printf 'cluster.yaml  '; ${value('cluster.yaml', false)}`,
        `printf '%s  ' ${shellQuote(configPath)}; ${value(configPath, encrypted)}`,
        shellComment('to rotate it (the new value is never typed or printed: it stays in a shell variable until unset):'),
        shellComment('  new="$(openssl rand -hex 24)"'),
        // the shell gets "\"$new\"": sops set takes a JSON value (a JSON string), sed writes a quoted YAML string
        shellComment(`  sed -i "s|^${key}:.*|${key}: \\"$new\\"|" cluster.yaml`),
        shellComment(encrypted
          ? `  sops set ${shellQuote(configPath)} '["${key}"]' "\\"$new\\""   # the config stays encrypted`
          : `  sed -i "s|^${key}:.*|${key}: \\"$new\\"|" ${shellQuote(configPath)}`),
        shellComment('  unset new; task configure   # re-renders the reference\'s dragonfly-auth acl.conf'),
        shellComment(`  ${shellCommand('langfuse-cdk8s', 'synth', '--config', configPath, '--out', '.')}   # once the switch is committed (step 7); before it, step 7's synth takes the new value`),
        shellComment(`  git commit -am 'Rotate the Dragonfly password of Langfuse' && git push && ${kubectl('delete', 'pod', '-n', REFERENCE_DRAGONFLY.namespace, '-l', 'app=dragonfly')}`),
        kubectl('patch', 'dragonflies.dragonflydb.io', '-n', REFERENCE_DRAGONFLY.namespace, REFERENCE_DRAGONFLY.cr, '--type=merge', '-p',
          JSON.stringify({ spec: { aclFromSecret: { name: acl, key: REFERENCE_DRAGONFLY.aclKey } } }))
          + '   # optional, and also in the reference\'s dragonfly-cr.yaml.j2, or Flux reverts it',
        kubectl('delete', 'pod', '-n', REFERENCE_DRAGONFLY.namespace, '-l', 'app=dragonfly') + '   # Dragonfly reads the ACL at start',
      ],
      check: [`langfuse-cdk8s doctor --config ${shellQuote(configPath)}   # section "Worker not processing events": the ACL probe`],
      rollback: [kubectl('patch', 'dragonflies.dragonflydb.io', '-n', REFERENCE_DRAGONFLY.namespace, REFERENCE_DRAGONFLY.cr, '--type=merge', '-p',
        JSON.stringify({ spec: { aclFromSecret: { name: REFERENCE_DRAGONFLY.aclSecret, key: REFERENCE_DRAGONFLY.aclKey } } }))],
    });
  }

  const keycloakApp = sideApps.find((a) => a.node.findAll().some((c) => c instanceof KeycloakClient || c instanceof KeycloakServiceAccountClient));
  if (keycloakApp) {
    const clients = keycloakApp.node.findAll().filter((c): c is KeycloakClient | KeycloakServiceAccountClient => c instanceof KeycloakClient || c instanceof KeycloakServiceAccountClient);
    const ids = clients.map((c) => c.clientId);
    const job = keycloakApp.node.findAll().find((c): c is KeycloakConfigCliJob => c instanceof KeycloakConfigCliJob);
    const ref = REFERENCE_KEYCLOAK_CONFIG_JOB;
    // the SSO client is a KeycloakClient, the role sync's a service-account client: each has its own cluster.yaml flag
    const flags = [
      ...(clients.some((c) => c instanceof KeycloakClient) ? ['langfuse_sso_enabled'] : []),
      ...(clients.some((c) => c instanceof KeycloakServiceAccountClient) ? ['langfuse_scim_sync_enabled'] : []),
    ];
    const keep = `Keep the reference's own ${ids.join(' and ')} client${ids.length > 1 ? 's' : ''} in its realm file (${flags.join(' and ')} on in cluster.yaml): `
      + `its Job ${ref.namespace}/${ref.job} imports with keycloak-config-cli's defaults (import.managed.client=full, remote state under the cache key "default") and deletes `
      + 'a client of its own state as soon as its realm file stops listing it';
    steps.push(job ? {
      title: `Keycloak: this tree's Job ${ref.namespace}/${job.name} imports the Langfuse client${ids.length > 1 ? 's' : ''} (${ids.join(', ')}); the reference's Job stays as it is`,
      why: `${job.name} mounts only this tree's fragments and imports with its own cache key (IMPORT_CACHE_KEY=${job.name}, so its remote state is not the reference's) and `
        + 'IMPORT_MANAGED_CLIENT=no-delete: it creates and updates its clients and deletes none. Nothing is added to the reference\'s import run (each file of a run '
        + `would delete the clients of the others). ${keep}. If you ever drop them there, run this Job again right after the reference's Job ran (the rollback line below)`,
      commands: [`${kubectl('get', 'secret', '-n', ref.namespace, 'keycloak-admin-credentials', '-o', 'jsonpath={.data.username}')} >/dev/null && echo admin user found   # the Job logs in with it (keys username, password)`],
      check: [
        kubectl('wait', '-n', ref.namespace, '--for=condition=complete', `job/${job.name}`, '--timeout=10m') + '   # after step 7 applied it',
        kubectl('logs', '-n', ref.namespace, `job/${job.name}`, '--tail=50') + '   # the import names the Langfuse client(s) and ends without error',
      ],
      rollback: [
        `${kubectl('delete', 'job', '-n', ref.namespace, job.name)} && ${flux('reconcile', 'kustomization', keycloakApp.kustomization.name, '-n', keycloakApp.kustomization.namespace ?? 'flux-system')}   # re-runs it`,
      ],
    } : {
      title: 'Keycloak: keep the reference\'s Langfuse client',
      why: `this config's fragments (${clients.map((c) => c.name).join(', ')}) are for a config Job that mounts them, which the reference's ${ref.namespace}/${ref.job} does not. `
        + `${keep}. To have this tree import them with a Job of its own that deletes no client, set keycloak_client_form: config-cli-job (import-reference writes it)`,
      commands: [shellComment('nothing to run: the reference\'s Job keeps importing its own client')],
      rollback: ['nothing changed'],
    });
  }

  // synth lists each app's ks.yaml in its namespace folder's kustomization.yaml (--adopt merges the entries into the reference's)
  const apps = [chart, ...sideApps];
  const parents = [...new Set(apps.map((a) => `${path.posix.dirname(a.appDirectory)}/kustomization.yaml`))].sort();
  const placed = sideApps.map((a) => `${a.kustomization.namespace}/${a.kustomization.name}`).join(', ');
  steps.push({
    title: 'Commit the new tree over the reference\'s files (--adopt) and resume',
    why: `synth writes ${chart.appDirectory} at the reference's paths and takes the reference's files over; the Kustomization keeps its identity `
      + `(${ks.namespace}/${ks.name}), the Cluster ${cluster}, the Secrets and the Services keep their names, so nothing is recreated. `
      + `It also lists every app's ks.yaml in its namespace folder's kustomization.yaml (${parents.join(', ')}: --adopt merges the entries and keeps every other line) `
      + `and names each Kustomization in the namespace that folder's namespace: gives it${placed ? ` (${placed})` : ''}, where every dependsOn looks for it. `
      + 'Add the same entries to those files\' templates (templates/config/<folder>/kustomization.yaml.j2), or the next "task configure" drops them: '
      + 'git diff --cached shows them after the git add',
    commands: [
      shellCommand('langfuse-cdk8s', 'synth', '--config', configPath, '--out', '.', '--adopt'),
      shellCommand('langfuse-cdk8s', 'validate', '.'),
      shellCommand('git', 'add', ...apps.map((a) => a.appDirectory), ...parents, OWNED_FILES_MANIFEST),
      shellCommand('git', 'commit', '-m', 'Switch Langfuse to langfuse-cdk8s'),
      shellCommand('git', 'push'),
      flux('resume', 'kustomization', REFERENCE_KUSTOMIZATION.name, '-n', REFERENCE_KUSTOMIZATION.namespace),
      flux('reconcile', 'kustomization', 'cluster-apps', '-n', 'flux-system', '--with-source'),
    ],
    check: [
      flux('get', 'kustomizations', '-A'),
      `test "$(${kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.metadata.uid}')})" = "$(cat ${shellQuote(`${cluster}.uid`)})" && echo same cluster`,
      kubectl('get', 'helmreleases.helm.toolkit.fluxcd.io', '-n', ns, chart.release.releaseName),
      kubectl('get', 'secrets', '-n', ns, ...secrets),
      `langfuse-cdk8s doctor --config ${shellQuote(configPath)}   # every check of the running deployment`,
    ],
    rollback: [shellCommand('git', 'revert', '--no-edit', 'HEAD'), shellCommand('git', 'push'), flux('reconcile', 'kustomization', 'cluster-apps', '-n', 'flux-system', '--with-source')],
  });

  const stale = REFERENCE_APP_FILES.map((f) => `${REFERENCE_PATHS.app}/${f}`).filter((f) => !ownedFiles(chart).includes(f));
  steps.push({
    title: 'Then remove the reference\'s files',
    why: 'the reference\'s templates would render the app again on the next "task configure", and its files that this tree does not write stay in the folder '
      + `(Flux ignores them: the kustomization.yaml does not list them). Keep langfuse_enabled: true in cluster.yaml while its neighbours' templates still read it, `
      + 'and delete the Langfuse route from envoy-gateway\'s httproutes.yaml.j2 once this tree\'s route is Ready',
    commands: [
      shellCommand('git', 'rm', '-r', '--ignore-unmatch', REFERENCE_PATHS.templates),
      shellCommand('git', 'rm', '--ignore-unmatch', ...stale),
      shellCommand('git', 'commit', '-m', 'Remove the reference deployment\'s Langfuse templates'),
      shellCommand('git', 'push'),
    ],
    check: [shellCommand('task', 'configure') + '   # renders nothing under ' + REFERENCE_PATHS.app, shellCommand('git', 'status', '--short', REFERENCE_PATHS.app)],
    rollback: [shellCommand('git', 'revert', '--no-edit', 'HEAD'), shellCommand('git', 'push')],
  });
  return steps;
}

/**
 * Where this config would name an object differently from the reference deployment (each as
 * `key: value (the reference: value)`): its namespace, its Kustomization, its Postgres cluster and
 * Database object, its decryption and the dependsOn entries of the services it uses.
 */
export function referenceIdentityProblems({ chart, props, config }: SwitchTarget): string[] {
  const dependency = (key: keyof typeof config, reference: string): Array<[string, unknown, string]> => [[key, config[key], reference]];
  const checks: Array<[string, unknown, string]> = [
    ['langfuse_namespace', chart.names.namespace, REFERENCE_NAMESPACE],
    ['flux_kustomization_namespace', chart.kustomization.namespace, REFERENCE_KUSTOMIZATION.namespace],
    ['langfuse_instance_name', chart.kustomization.name, REFERENCE_KUSTOMIZATION.name],
    ['cnpg_database_object_name', config.cnpg_database_object_name ?? `${chart.names.postgresCluster}-${chart.names.postgresDatabase}`, REFERENCE_POSTGRES.databaseObject],
    ['flux_sops_secret_name', config.flux_sops_secret_name, ''],
    ...dependency('cnpg_flux_dependency', REFERENCE_DEPENDENCIES.cnpg),
    ...dependency('coredns_flux_dependency', REFERENCE_DEPENDENCIES.coredns),
    ...(props.redis instanceof DragonflyBackend ? dependency('dragonfly_flux_dependency', REFERENCE_DEPENDENCIES.dragonfly) : []),
    ...(props.objectStorage instanceof ExternalObjectStorage ? dependency('rustfs_flux_dependency', REFERENCE_DEPENDENCIES.rustfs) : []),
    ...(props.sso || props.roleSync ? dependency('keycloak_flux_dependency', REFERENCE_DEPENDENCIES.keycloak) : []),
    ...(props.backup ? dependency('barman_cloud_flux_dependency', REFERENCE_DEPENDENCIES.barmanCloud) : []),
  ];
  return checks.filter(([, value, reference]) => (value ?? '') !== reference)
    .map(([key, value, reference]) => `${key}: ${JSON.stringify(value ?? '')} (the reference: ${JSON.stringify(reference)})`);
}

/** The files synth writes for the Langfuse app (relative to the tree root). */
function ownedFiles(chart: LangfuseChart): string[] {
  const files = new Set<string>([`${chart.appDirectory}/ks.yaml`, `${chart.appDirectory}/app/kustomization.yaml`]);
  for (const obj of chart.node.findAll().filter(ApiObject.isApiObject)) {
    const file = fileOf(obj);
    if (file !== KS_FILE) files.add(`${chart.appDirectory}/app/${file}`);
  }
  return [...files];
}

/** The steps as shell text: `##` titles, `#` notes, the commands, and the rollback as comments. */
export function renderSwitchRunbook(steps: readonly SwitchStep[]): string {
  return steps.map((step, i) => [
    shellComment(`${i + 1}. ${step.title}`, '##'),
    shellComment(step.why),
    ...step.commands,
    ...(step.check && step.check.length > 0 ? [shellComment('check:'), ...step.check] : []),
    shellComment('rollback of this step:'),
    ...step.rollback.map((r) => shellComment(`  ${r}`)),
  ].join('\n')).join('\n\n');
}
