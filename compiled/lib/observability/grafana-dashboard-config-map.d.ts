import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
/** Panel visualizations. */
export declare enum PanelKind {
    /** A graph over time. */
    TIME_SERIES = "timeseries",
    /** One number. */
    STAT = "stat"
}
/** One PromQL query of a panel. */
export interface PanelTarget {
    readonly expr: string;
    /** Legend, with `{{label}}` placeholders. @default - Grafana's default */
    readonly legend?: string;
}
/** A typed panel definition. */
export interface DashboardPanel {
    readonly title: string;
    /** @default - none */
    readonly description?: string;
    /** @default PanelKind.TIME_SERIES */
    readonly kind?: PanelKind;
    /** A Grafana unit id (`short`, `bytes`, `ms`, `ns`, `s`, `percent`, `ops`, ...). @default 'short' */
    readonly unit?: string;
    readonly targets: readonly PanelTarget[];
    /** Grid columns out of 24. @default 12 */
    readonly width?: number;
    /** Grid rows. @default 8 */
    readonly height?: number;
}
/** A titled group of panels. */
export interface DashboardRow {
    readonly title: string;
    readonly panels: readonly DashboardPanel[];
}
/**
 * How the dashboard survives Flux's post-build variable substitution, which replaces `${var}`
 * everywhere in the applied YAML and turns an undefined variable into "" (blanking the
 * `${DS_PROMETHEUS}` datasource of every panel).
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution
 */
export declare enum DashboardSubstitution {
    /**
     * Annotate the ConfigMap with `kustomize.toolkit.fluxcd.io/substitute: disabled` and keep
     * `${DS_PROMETHEUS}` as is. Safe whether or not the Kustomization substitutes.
     */
    DISABLE = "disable",
    /**
     * Write `$${DS_PROMETHEUS}`, which substitution turns back into `${DS_PROMETHEUS}`. Only for a
     * Kustomization with `postBuild` substitution; without it Grafana would get `$${...}`.
     */
    ESCAPE = "escape"
}
/** Props of `GrafanaDashboardConfigMap`. */
export interface GrafanaDashboardConfigMapProps {
    /** metadata.name; the JSON is stored under `<name>.json`. */
    readonly name: string;
    readonly namespace: string;
    /** Dashboard uid: at most 40 letters, digits, "-" or "_". */
    readonly uid: string;
    readonly title: string;
    readonly rows: readonly DashboardRow[];
    /** Grafana folder, as the sidecar's folder annotation `grafana_folder`. @default - the sidecar's default folder */
    readonly folder?: string;
    /** @default - none */
    readonly tags?: readonly string[];
    /** @default Duration.seconds(30) */
    readonly refresh?: Duration;
    /** Name of the Prometheus datasource variable. @default 'DS_PROMETHEUS' */
    readonly datasourceVariable?: string;
    /** @default DashboardSubstitution.DISABLE */
    readonly substitution?: DashboardSubstitution;
}
/** Label the Grafana dashboard sidecar (kube-prometheus-stack) watches for. */
export declare const GRAFANA_DASHBOARD_LABEL = "grafana_dashboard";
/** Annotation the sidecar reads the folder from (kube-prometheus-stack `folderAnnotation`). */
export declare const GRAFANA_FOLDER_ANNOTATION = "grafana_folder";
/** Flux's per-object opt-out of post-build substitution. */
export declare const FLUX_SUBSTITUTE_ANNOTATION = "kustomize.toolkit.fluxcd.io/substitute";
/**
 * A Grafana dashboard in a ConfigMap for the Grafana sidecar (label `grafana_dashboard: "1"`),
 * generated from typed rows and panels instead of a hand-kept JSON blob. Every panel queries the
 * datasource variable, so the dashboard works with whatever Prometheus datasource Grafana has.
 * @see https://github.com/grafana/helm-charts/tree/main/charts/grafana#sidecar-for-dashboards
 */
export declare class GrafanaDashboardConfigMap extends Construct {
    readonly name: string;
    readonly uid: string;
    /** The dashboard model as written to the ConfigMap. */
    readonly json: string;
    constructor(scope: Construct, id: string, props: GrafanaDashboardConfigMapProps);
}
