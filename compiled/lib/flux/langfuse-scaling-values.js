"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.componentPodLabels = componentPodLabels;
exports.componentScalingValues = componentScalingValues;
/** Pod labels the chart puts on web or worker pods (its selector labels plus `app`). */
function componentPodLabels(release, component) {
    return { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': release, app: component };
}
/**
 * The chart keys for scale and availability of web or worker: a HorizontalPodAutoscaler from the
 * configured replicas up to `maxReplicas`, a PodDisruptionBudget that keeps one pod during node
 * drains once there are two, and topology spread across nodes.
 */
function componentScalingValues(props, size, release, component) {
    const replicas = size?.replicas ?? 1;
    const maxReplicas = size?.maxReplicas ?? Math.max(replicas, 4);
    if (props.autoscaling && maxReplicas < replicas) {
        throw new Error(`${component} maxReplicas (${maxReplicas}) must be at least its replicas (${replicas}) for autoscaling`);
    }
    return {
        hpa: props.autoscaling ? { enabled: true, minReplicas: replicas, maxReplicas, targetCPUUtilizationPercentage: 70 } : undefined,
        pdb: replicas >= 2 ? { create: true, minAvailable: 1 } : undefined,
        topologySpreadConstraints: props.spreadAcrossNodes ? [{
                maxSkew: 1,
                topologyKey: 'kubernetes.io/hostname',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: componentPodLabels(release, component) },
            }] : undefined,
    };
}
