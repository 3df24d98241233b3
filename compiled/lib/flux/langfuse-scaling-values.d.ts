import { LangfuseChartProps, WorkloadSize } from '../langfuse-chart-props';
import { ComponentValues } from './langfuse-values';
/** Pod labels the chart puts on web or worker pods (its selector labels plus `app`). */
export declare function componentPodLabels(release: string, component: 'web' | 'worker'): Record<string, string>;
/**
 * The chart keys for scale and availability of web or worker: a HorizontalPodAutoscaler from the
 * configured replicas up to `maxReplicas`, a PodDisruptionBudget that keeps one pod during node
 * drains once there are two, and topology spread across nodes.
 */
export declare function componentScalingValues(props: LangfuseChartProps, size: WorkloadSize | undefined, release: string, component: 'web' | 'worker'): Pick<ComponentValues, 'hpa' | 'pdb'> & {
    topologySpreadConstraints?: ComponentPodTopology[];
};
/** One entry of `pod.topologySpreadConstraints`. */
export interface ComponentPodTopology {
    readonly maxSkew: number;
    readonly topologyKey: string;
    readonly whenUnsatisfiable: 'ScheduleAnyway' | 'DoNotSchedule';
    readonly labelSelector: {
        readonly matchLabels: Readonly<Record<string, string>>;
    };
}
