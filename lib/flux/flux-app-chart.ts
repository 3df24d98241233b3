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
 * A warning when a parent's `namespace:` moves an app's Kustomization away from the namespace the
 * config puts it in (and so expects its SOPS Secret in): kustomize-controller reads
 * `decryption.secretRef` in the Kustomization's own namespace, so without that Secret there every
 * decryption fails and the app never gets Ready. Undefined when nothing moves or no Secret is named.
 * @param appNamespace the namespace of the app's objects, which is its folder
 */
export function sopsSecretMoveWarning(flux: FluxOptions | undefined, appNamespace: string, appName: string): string | undefined {
  const secret = flux?.sopsSecretName ?? 'sops-age';
  const folder = `${flux?.appsPath ?? 'kubernetes/apps'}/${appNamespace}`;
  const moved = flux?.parentNamespace?.(folder);
  const expected = flux?.kustomizationNamespace ?? 'flux-system';
  if (secret === '' || moved === undefined || moved === expected) return undefined;
  return `${folder}/kustomization.yaml sets namespace: ${moved}, so the Flux Kustomization ${appName} lives in ${moved}, not ${expected}, `
    + `and kustomize-controller reads its decryption Secret ${secret} in ${moved}: create the Secret ${secret} in namespace ${moved}, `
    + `or set flux_sops_secret_name: "" (the controller-wide --sops-age-secret) or the name of a Secret in ${moved}, `
    + `or set flux_kustomization_namespace: ${moved} and keep the Secret there`;
}

/**
 * A chart written as one Flux app folder, `<appsPath>/<namespace>/<appName>/`: its objects under
 * app/ and, in ks.yaml, the Flux Kustomization that applies them.
 */
export class FluxAppChart extends Chart implements IFluxApp {
  public readonly appDirectory: string;
  public readonly appName: string;
  public readonly kustomization: FluxKustomization;
  /** Set when a parent's `namespace:` moves the Kustomization away from its SOPS Secret (`sopsSecretMoveWarning`). */
  public readonly sopsSecretWarning?: string;

  constructor(scope: Construct, id: string, props: FluxAppChartProps) {
    checkFluxAppProps(props);
    super(scope, id, { namespace: props.namespace, disableResourceNameHashes: true });
    this.appName = props.appName;
    this.appDirectory = `${props.flux?.appsPath ?? 'kubernetes/apps'}/${props.namespace}/${props.appName}`;
    this.sopsSecretWarning = sopsSecretMoveWarning(props.flux, props.namespace, props.appName);
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

/** The SOPS Secret warnings of every Flux app chart of an app, in chart order. */
export function sopsSecretWarnings(charts: readonly Chart[]): string[] {
  return movedFluxApps(charts).map((c) => c.sopsSecretWarning!);
}

/** The Flux app charts a parent's `namespace:` moves away from their SOPS Secret. */
export function movedFluxApps(charts: readonly Chart[]): FluxAppChart[] {
  return charts.filter((c): c is FluxAppChart => c instanceof FluxAppChart).filter((c) => c.sopsSecretWarning !== undefined);
}
