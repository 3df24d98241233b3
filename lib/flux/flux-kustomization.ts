import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Kustomization as RawKustomization, KustomizationSpecDecryptionProvider, KustomizationSpecSourceRefKind,
} from '../../imports/kustomize.toolkit.fluxcd.io';
import { KS_FILE, placeInFile } from '../output/file-placement';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkOptionalProps, checkProp } from '../prop-checks';

/** Another Flux Kustomization this one waits for. */
export interface KustomizationDependency {
  readonly name: string;
  readonly namespace: string;
}

/** An object whose health gates the Kustomization's readiness. */
export interface HealthCheckTarget {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
}

/** A kind whose health Flux judges with CEL expressions. */
export interface HealthCheckExpression {
  readonly apiVersion: string;
  readonly kind: string;
  readonly current: string;
  readonly failed?: string;
}

/** Props of `FluxKustomization`. */
export interface FluxKustomizationProps {
  /** metadata.name. */
  readonly name: string;
  /** Path of the app folder inside the Git repository, like `./kubernetes/apps/ai-system/langfuse/app`. */
  readonly path: string;
  /** Namespace the app's objects are applied to. */
  readonly targetNamespace: string;
  /**
   * Namespace of the Kustomization object itself.
   * @default 'flux-system'
   */
  readonly namespace?: string;
  /**
   * GitRepository in flux-system that holds the tree.
   * @default 'flux-system'
   */
  readonly sourceName?: string;
  /** @default - none */
  readonly dependsOn?: readonly KustomizationDependency[];
  /**
   * Objects whose health gates readiness. Flux ignores health checks when `wait` is on, so
   * giving them turns `wait` off.
   * @default - wait for every applied object
   */
  readonly healthChecks?: readonly HealthCheckTarget[];
  /** @default - none */
  readonly healthCheckExprs?: readonly HealthCheckExpression[];
  /**
   * Secret in the Kustomization's namespace holding the age key (`age.agekey`) for SOPS.
   * An empty name relies on the controller-wide `--sops-age-secret`.
   * @default 'sops-age'
   */
  readonly sopsSecretName?: string;
  /** Annotations of the Kustomization object itself (Flux ignores unknown ones). @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** @default Duration.hours(1) */
  readonly interval?: Duration;
  /** @default Duration.seconds(30) */
  readonly retryInterval?: Duration;
  /**
   * Long enough for first-install database migrations.
   * @default Duration.minutes(15)
   */
  readonly timeout?: Duration;
}

/**
 * A Flux `Kustomization` (written to the app folder's ks.yaml) that applies one app folder, with
 * pruning, SOPS decryption, dependencies and health checks.
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/
 */
export class FluxKustomization extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  /** The Kustomizations it waits for. */
  public readonly dependsOn: readonly KustomizationDependency[];

  constructor(scope: Construct, id: string, props: FluxKustomizationProps) {
    super(scope, id);
    checkProp('flux kustomization name', props.name, dnsSubdomain());
    checkOptionalProps([[`flux kustomization ${props.name}: namespace`, props.namespace, dnsLabel()]]);
    this.name = props.name;
    this.namespace = props.namespace ?? 'flux-system';
    this.dependsOn = (props.dependsOn ?? []).map((d) => ({ ...d }));
    const healthChecks = props.healthChecks ?? [];
    const sopsSecretName = props.sopsSecretName ?? 'sops-age';
    const resource = new RawKustomization(this, 'Resource', {
      metadata: { name: this.name, namespace: this.namespace, annotations: props.annotations ? { ...props.annotations } : undefined },
      spec: {
        interval: goDuration(props.interval ?? Duration.hours(1)),
        retryInterval: goDuration(props.retryInterval ?? Duration.seconds(30)),
        timeout: goDuration(props.timeout ?? Duration.minutes(15)),
        path: props.path,
        targetNamespace: props.targetNamespace,
        sourceRef: { kind: KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: props.sourceName ?? 'flux-system', namespace: 'flux-system' },
        prune: true,
        wait: healthChecks.length === 0,
        healthChecks: healthChecks.length > 0 ? healthChecks.map((h) => ({ ...h })) : undefined,
        healthCheckExprs: props.healthCheckExprs?.map((e) => ({ ...e })),
        dependsOn: this.dependsOn.length > 0 ? this.dependsOn.map((d) => ({ ...d })) : undefined,
        decryption: {
          provider: KustomizationSpecDecryptionProvider.SOPS,
          secretRef: sopsSecretName ? { name: sopsSecretName } : undefined,
        },
      },
    });
    placeInFile(resource, KS_FILE);
  }
}

/** A cdk8s Duration as a Go duration string (`15m`, `30s`, `1h`). */
export function goDuration(d: Duration): string {
  const seconds = d.toSeconds();
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
