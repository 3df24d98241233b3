import { DashboardPanel, DashboardRow, PanelKind } from './grafana-dashboard-config-map';

/** How the dashboard's queries find each scrape target's series (PromQL label matchers, without braces). */
export interface LangfuseDashboardSelectors {
  /** The statsd-exporter sidecars of web and worker. */
  readonly langfuse: string;
  /** The CloudNativePG instances. */
  readonly postgres: string;
  /** The ClickHouse servers Langfuse uses. */
  readonly clickhouse: string;
  /** The operator's Keeper, when Langfuse uses the operator's ClickHouse. @default - no Keeper panels */
  readonly keeper?: string;
  /** The shared Dragonfly. @default - no Dragonfly row */
  readonly dragonfly?: string;
}

/** What `langfuseDashboardRows` draws. */
export interface LangfuseDashboardOptions {
  readonly selectors: LangfuseDashboardSelectors;
  /**
   * Which backup metrics exist: the Barman Cloud plugin's or the in-tree collector's.
   * @default - no backup panels
   */
  readonly backup?: 'plugin' | 'barmanObjectStore';
  /**
   * Label matchers of the ClickHouse backup CronJob's kube-state-metrics series.
   * @default - no ClickHouse backup panel
   */
  readonly clickhouseBackupCronJob?: string;
}

/**
 * The Langfuse dashboard as typed rows. Every query uses only metrics from the metric catalog:
 * the statsd-exporter mapping of Langfuse's DogStatsD metrics and the documented metrics of
 * CloudNativePG, ClickHouse and Dragonfly. Rows for parts that are off are left out, so no panel
 * waits for a metric nobody produces.
 */
export function langfuseDashboardRows(options: LangfuseDashboardOptions): DashboardRow[] {
  const { langfuse, postgres, clickhouse, keeper, dragonfly } = options.selectors;
  // Every worker runs the queue-metrics runner against the same Redis: max, not sum, across pods.
  // Sharded queues report each shard and shard="all"; unsharded queues have no shard label.
  const depth = (type: string) => `max by (queue) (langfuse_queue_depth{${langfuse}, type="${type}", shard=~"|all"})`;
  const jobQuantile = (type: string) =>
    `histogram_quantile(0.95, sum by (le, queue) (rate(langfuse_queue_job_duration_milliseconds_bucket{${langfuse}, type="${type}"}[5m])))`;

  const rows: DashboardRow[] = [
    {
      title: 'Langfuse worker queues',
      panels: [
        panel('Waiting jobs', 'Jobs waiting in each BullMQ queue; a growing ingestion queue means the worker cannot keep up.',
          [{ expr: depth('waiting'), legend: '{{queue}}' }]),
        panel('Failed jobs (dead letter)', 'Jobs that exhausted their retries and sit in the failed set.',
          [{ expr: depth('failed'), legend: '{{queue}}' }]),
        panel('Active jobs', 'Jobs being processed right now.', [{ expr: depth('active'), legend: '{{queue}}' }]),
        panel('Jobs picked up per second', 'Processing throughput per queue.',
          [{ expr: `sum by (queue) (rate(langfuse_queue_jobs_total{${langfuse}, type="request"}[5m])) or vector(0)`, legend: '{{queue}}' }], 'ops'),
        panel('Job failures per second', 'Failed, errored and stalled (lock expired, re-enqueued) jobs.',
          [{
            expr: `sum by (queue, type) (rate(langfuse_queue_jobs_total{${langfuse}, type=~"failed|error|stalled"}[5m])) or vector(0)`,
            legend: '{{queue}} {{type}}',
          }],
          'ops'),
        panel('Processing time p95', '95th percentile of job processing time.', [{ expr: jobQuantile('processing'), legend: '{{queue}}' }], 'ms'),
        panel('Queue wait time p95', '95th percentile of the time a job waited before a worker picked it up.',
          [{ expr: jobQuantile('wait'), legend: '{{queue}}' }], 'ms'),
      ],
    },
    {
      title: 'Langfuse processes (web and worker)',
      panels: [
        panel('Heap used', 'V8 heap in use per container.',
          [{ expr: `max by (app, pod) (langfuse_nodejs_memory_bytes{${langfuse}, type="heap_used"})`, legend: '{{app}} {{pod}}' }], 'bytes'),
        panel('Resident memory', 'RSS per container; compare with the memory limit.',
          [{ expr: `max by (app, pod) (langfuse_nodejs_memory_bytes{${langfuse}, type="rss"})`, legend: '{{app}} {{pod}}' }], 'bytes'),
        panel('CPU', 'Process CPU over the last 10s, in percent of one core.',
          [{ expr: `max by (app, pod) (langfuse_nodejs_cpu_percent{${langfuse}, mode="total"})`, legend: '{{app}} {{pod}}' }], 'percent'),
        panel('Event loop delay (max)', 'A blocked event loop delays every request and job.',
          [{ expr: `max by (app, pod) (langfuse_nodejs_event_loop_delay_nanoseconds{${langfuse}, stat="max"})`, legend: '{{app}} {{pod}}' }], 'ns'),
        panel('StatsD events received per second', 'Zero means the app sends no metrics to its statsd-exporter sidecar.',
          [{ expr: `sum by (app, pod) (rate(statsd_exporter_events_total{${langfuse}}[5m]))`, legend: '{{app}} {{pod}}' }], 'ops', 24),
      ],
    },
    {
      title: 'PostgreSQL (CloudNativePG)',
      panels: [
        panel('Instances up', 'PostgreSQL instances whose exporter reaches the database.',
          [{ expr: `sum(cnpg_collector_up{${postgres}})` }], 'short', 6, PanelKind.STAT),
        panel('Database size', 'Size of each database.',
          [{ expr: `max by (datname) (cnpg_pg_database_size_bytes{${postgres}})`, legend: '{{datname}}' }],
          'bytes', 6, PanelKind.STAT),
        panel('Connections by state', 'Backends per state across instances; max_connections is 200.',
          [{ expr: `sum by (state) (cnpg_backends_total{${postgres}})`, legend: '{{state}}' }]),
        panel('Commits per second', 'Transactions committed per database.',
          [{ expr: `sum by (datname) (rate(cnpg_pg_stat_database_xact_commit{${postgres}}[5m]))`, legend: '{{datname}}' }], 'ops', 24),
      ],
    },
    {
      title: 'ClickHouse',
      panels: [
        panel('Queries per second', 'All queries (Langfuse reads, inserts and migrations).',
          [{ expr: `sum(rate(ClickHouseProfileEvents_Query{${clickhouse}}[5m]))`, legend: 'queries' }], 'ops'),
        panel('Failed queries per second', 'Queries that ended in an exception.',
          [{ expr: `sum(rate(ClickHouseProfileEvents_FailedQuery{${clickhouse}}[5m]))`, legend: 'failed' }], 'ops'),
        panel('Running queries', 'Queries executing right now.', [{ expr: `sum(ClickHouseMetrics_Query{${clickhouse}})`, legend: 'running' }]),
        panel('Inserted rows per second', 'Rows written, mostly by the worker\'s ingestion.',
          [{ expr: `sum(rate(ClickHouseProfileEvents_InsertedRows{${clickhouse}}[5m]))`, legend: 'rows' }], 'ops'),
        panel('Tracked memory', 'Memory ClickHouse accounts for; compare with the container limit.',
          [{ expr: `max by (pod) (ClickHouseMetrics_MemoryTracking{${clickhouse}})`, legend: '{{pod}}' }], 'bytes', 24),
      ],
    },
  ];
  if (keeper) {
    rows.push({
      title: 'ClickHouse Keeper',
      panels: [
        panel('Keeper leaders', 'Exactly one Keeper replica leads the quorum; zero means ClickHouse cannot write replicated tables.',
          [{ expr: `sum(ClickHouseAsyncMetrics_KeeperIsLeader{${keeper}})`, legend: 'leaders' }], 'short', 8, PanelKind.STAT),
        panel('Keeper followers', 'Replicas following the leader (replicas minus one when healthy).',
          [{ expr: `sum(ClickHouseAsyncMetrics_KeeperIsFollower{${keeper}})`, legend: 'followers' }], 'short', 8, PanelKind.STAT),
        panel('Keeper sessions of ClickHouse', 'Sessions each ClickHouse server holds to Keeper; zero makes replicated tables read-only.',
          [{ expr: `sum by (pod) (ClickHouseMetrics_ZooKeeperSession{${clickhouse}})`, legend: '{{pod}}' }], 'short', 8),
      ],
    });
  }

  if (options.backup) {
    const lastBackup = options.backup === 'plugin'
      ? 'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp'
      : 'cnpg_collector_last_available_backup_timestamp';
    rows.push({
      title: 'PostgreSQL backups',
      panels: [
        panel('Age of the last base backup', 'A restore needs a base backup plus WAL; the ScheduledBackup takes one daily.',
          [{ expr: `time() - max(${lastBackup}{${postgres}} > 0)` }], 's', 8, PanelKind.STAT),
        panel('Seconds since the last archived WAL', 'Grows while the archiver is stuck (or the database is idle).',
          [{ expr: `min(cnpg_pg_stat_archiver_seconds_since_last_archival{${postgres}})` }], 's', 8, PanelKind.STAT),
        panel('WAL archive failures (1h)', 'Every failure also fills the WAL volume until archiving recovers.',
          [{ expr: `sum(increase(cnpg_pg_stat_archiver_failed_count{${postgres}}[1h]))` }], 'short', 8, PanelKind.STAT),
      ],
    });
  }
  if (options.clickhouseBackupCronJob) {
    rows.push({
      title: 'ClickHouse backups',
      panels: [
        panel('Age of the last ClickHouse backup', 'Since the last Job of the backup CronJob that succeeded (kube-state-metrics); traces newer than it are in no backup.',
          [{ expr: `time() - max(kube_cronjob_status_last_successful_time{${options.clickhouseBackupCronJob}})` }], 's', 12, PanelKind.STAT),
        panel('Backup Jobs running', 'A backup Job that runs for hours may be stuck on a large database or a slow bucket.',
          [{ expr: `sum(kube_cronjob_status_active{${options.clickhouseBackupCronJob}})` }], 'short', 12, PanelKind.STAT),
      ],
    });
  }

  if (dragonfly) {
    rows.push({
      title: 'Dragonfly (shared cache and queues)',
      panels: [
        panel('Connected clients', 'Clients of the shared Dragonfly, all tenants.',
          [{ expr: `sum by (pod) (dragonfly_connected_clients{${dragonfly}})`, legend: '{{pod}}' }]),
        panel('Memory used', 'Dragonfly never evicts Langfuse\'s queues: running out of memory stops ingestion.',
          [{ expr: `max by (pod) (dragonfly_memory_used_bytes{${dragonfly}})`, legend: '{{pod}}' }], 'bytes'),
        panel('Commands per second', 'All commands, all tenants.',
          [{ expr: `sum by (pod) (rate(dragonfly_commands_total{${dragonfly}}[5m]))`, legend: '{{pod}}' }],
          'ops', 24),
      ],
    });
  }
  return rows;
}

function panel(
  title: string, description: string, targets: DashboardPanel['targets'], unit = 'short', width = 12, kind = PanelKind.TIME_SERIES,
): DashboardPanel {
  return { title, description, targets, unit, width, kind };
}
