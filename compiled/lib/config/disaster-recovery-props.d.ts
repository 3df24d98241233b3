import type { LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseConfig } from './langfuse-config';
/**
 * The restore and ClickHouse backup props of a validated config; each needs the Postgres backups
 * (validation makes that an error, so here they are simply off without them).
 */
export declare function disasterRecoveryProps(cfg: LangfuseConfig, backupsOn: boolean): Pick<LangfuseChartProps, 'postgresRestore' | 'clickhouseBackup' | 'clickhouseRestore'>;
