import { JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { PRUNE_DISABLED } from './flux/prune-protection';
import { placeInFile } from './output/file-placement';
import { dnsLabel } from './config/fields';
import { checkProp } from './prop-checks';

/** Props of `AppNamespace`. */
export interface AppNamespaceProps {
  readonly name: string;
  /**
   * Pod Security Standard level enforced; `restricted` is audited and warned about.
   * @default 'baseline'
   */
  readonly enforce?: 'privileged' | 'baseline' | 'restricted';
}

/**
 * The app's Namespace. Flux never prunes it: deleting the app must not take the database volumes
 * with it.
 */
export class AppNamespace extends Construct {
  public readonly name: string;

  constructor(scope: Construct, id: string, props: AppNamespaceProps) {
    super(scope, id);
    checkProp('app namespace name', props.name, dnsLabel());
    this.name = props.name;
    const ns = new k8s.KubeNamespace(this, 'Resource', {
      metadata: {
        name: props.name,
        annotations: { ...PRUNE_DISABLED },
        labels: {
          'kubernetes.io/metadata.name': props.name,
          'pod-security.kubernetes.io/enforce': props.enforce ?? 'baseline',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        },
      },
    });
    // The chart's namespace is stamped on every object, this cluster-scoped one included.
    ns.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    placeInFile(ns, 'namespace.yaml');
  }
}
