import { Construct } from 'constructs';
import { LangfuseChartProps } from '../langfuse-chart-props';
import { LangfuseNames } from '../names';
import { SopsSecret } from './sops-secret';
/** Props of `LangfuseSecrets`. */
export interface LangfuseSecretsProps {
    readonly chartProps: LangfuseChartProps;
    readonly names: LangfuseNames;
    /** Secrets another Flux app emits instead (by name). @default - none */
    readonly elsewhere?: readonly string[];
}
/**
 * Every Secret the Langfuse release and its Postgres cluster reference, each emitted only when
 * something uses it (names and keys as in the reference deployment).
 */
export declare class LangfuseSecrets extends Construct {
    /** All emitted Secrets, in emission order. */
    readonly secrets: SopsSecret[];
    constructor(scope: Construct, id: string, props: LangfuseSecretsProps);
}
