import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { dnsLabel, dnsSubdomain, treePath } from '../config/fields';
import { FluxOptions } from '../langfuse-chart-props';
import { checkOptionalProps, checkProp } from '../prop-checks';
import { IFluxApp } from '../output/flux-tree';
import { FluxKustomization, HealthCheckExpression, HealthCheckTarget, KustomizationDependency } from './flux-kustomization';

/** Props of `FluxAppChart`. */
export interface FluxAppChartProps {
  /** App name: the folder name and the Flux Kustomization's name. */
  readonly appName: string;
  /** Namespace of the app's objects. */
  readonly namespace: string;
  /** @default - GitRepository flux-system, apps under kubernetes/apps */
  readonly flux?: FluxOptions;
  /** @default - none */
  readonly dependsOn?: readonly KustomizationDependency[];
  /** @default - wait for every applied object */
  readonly healthChecks?: readonly HealthCheckTarget[];
  /** @default - none */
  readonly healthCheckExprs?: readonly HealthCheckExpression[];
  /** Annotations of the Flux Kustomization object. @default - none */
  readonly kustomizationAnnotations?: Readonly<Record<string, string>>;
}

/** Both names become folders of the tree and Kubernetes names; the Flux options become paths and references. */
function checkFluxAppProps(props: FluxAppChartProps): void {
  checkProp('flux app appName', props.appName, dnsLabel());
  checkProp(`flux app ${props.appName}: namespace`, props.namespace, dnsLabel());
  const flux = props.flux ?? {};
  checkOptionalProps([
    [`flux app ${props.appName}: flux.appsPath`, flux.appsPath, treePath()],
    [`flux app ${props.appName}: flux.sourceName`, flux.sourceName, dnsSubdomain()],
    [`flux app ${props.appName}: flux.kustomizationNamespace`, flux.kustomizationNamespace, dnsLabel()],
    [`flux app ${props.appName}: flux.sopsSecretName`, flux.sopsSecretName === '' ? undefined : flux.sopsSecretName, dnsSubdomain()],
  ]);
}

/**
 * The namespace an app's Flux Kustomization really lives in: the one its namespace folder's
 * kustomization gives it (`flux.parentNamespace`), else `flux.kustomizationNamespace`. Every
 * dependsOn on an app is built with this, so it names the object kustomize produces.
 * @param appNamespace the namespace of the app's objects, which is its folder
 */
export function fluxAppKustomizationNamespace(flux: FluxOptions | undefined, appNamespace: string): string | undefined {
  return flux?.parentNamespace?.(`${flux.appsPath ?? 'kubernetes/apps'}/${appNamespace}`) ?? flux?.kustomizationNamespace;
}

/**
 * A chart written as one Flux app folder, `<appsPath>/<namespace>/<appName>/`: its objects under
 * app/ and, in ks.yaml, the Flux Kustomization that applies them.
 */
export class FluxAppChart extends Chart implements IFluxApp {
  public readonly appDirectory: string;
  public readonly appName: string;
  public readonly kustomization: FluxKustomization;

  constructor(scope: Construct, id: string, props: FluxAppChartProps) {
    checkFluxAppProps(props);
    super(scope, id, { namespace: props.namespace, disableResourceNameHashes: true });
    this.appName = props.appName;
    this.appDirectory = `${props.flux?.appsPath ?? 'kubernetes/apps'}/${props.namespace}/${props.appName}`;
    this.kustomization = new FluxKustomization(this, 'Kustomization', {
      name: props.appName,
      namespace: fluxAppKustomizationNamespace(props.flux, props.namespace),
      path: `./${this.appDirectory}/app`,
      targetNamespace: props.namespace,
      sourceName: props.flux?.sourceName,
      sopsSecretName: props.flux?.sopsSecretName,
      dependsOn: props.dependsOn,
      healthChecks: props.healthChecks,
      healthCheckExprs: props.healthCheckExprs,
      annotations: props.kustomizationAnnotations,
    });
  }
}
