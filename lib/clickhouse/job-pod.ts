import { k8s } from 'cdk8s-plus-28';

/**
 * The pod settings every migration Job shares: no service account token, a fixed non-root user,
 * the runtime's seccomp profile, no privilege escalation, no capability and a read-only root file
 * system with a memory-backed /tmp (which meets the namespace's `restricted` audit level too).
 */
export function restrictedJobPod(user: number, container: k8s.Container, labels: Readonly<Record<string, string>>): k8s.PodTemplateSpec {
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
      volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: k8s.Quantity.fromString('16Mi') } }],
    },
  };
}
