"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.restrictedJobPod = restrictedJobPod;
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
/**
 * The pod settings every migration Job shares: no service account token, a fixed non-root user,
 * the runtime's seccomp profile, no privilege escalation, no capability and a read-only root file
 * system with a memory-backed /tmp (which meets the namespace's `restricted` audit level too).
 */
function restrictedJobPod(user, container, labels) {
    return {
        metadata: { labels: { ...labels } },
        spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, runAsUser: user, runAsGroup: user, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
                    ...container,
                    volumeMounts: [...(container.volumeMounts ?? []), { name: 'tmp', mountPath: '/tmp' }],
                    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
                }],
            volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: cdk8s_plus_28_1.k8s.Quantity.fromString('16Mi') } }],
        },
    };
}
