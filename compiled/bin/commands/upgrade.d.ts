import { CliCommand } from './command';
/** `upgrade plan`. */
export declare function runUpgradePlan(configPath: string, outDir: string, only?: string): Promise<number>;
/** Options of `upgrade next`. */
export interface UpgradeNextOptions {
    readonly skipBackfill?: boolean;
    readonly confirmEventsOnly?: boolean;
}
/** `upgrade next`: the next stage's edit, written into the config file. */
export declare function runUpgradeNext(configPath: string, outDir: string, only: string | undefined, options?: UpgradeNextOptions): Promise<number>;
/** `langfuse-cdk8s upgrade`. */
export declare const upgradeCommand: CliCommand;
