import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { placeInFile } from '../output/file-placement';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkProp } from '../prop-checks';

/** Panel visualizations. */
export enum PanelKind {
  /** A graph over time. */
  TIME_SERIES = 'timeseries',
  /** One number. */
  STAT = 'stat',
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
export enum DashboardSubstitution {
  /**
   * Annotate the ConfigMap with `kustomize.toolkit.fluxcd.io/substitute: disabled` and keep
   * `${DS_PROMETHEUS}` as is. Safe whether or not the Kustomization substitutes.
   */
  DISABLE = 'disable',
  /**
   * Write `$${DS_PROMETHEUS}`, which substitution turns back into `${DS_PROMETHEUS}`. Only for a
   * Kustomization with `postBuild` substitution; without it Grafana would get `$${...}`.
   */
  ESCAPE = 'escape',
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
export const GRAFANA_DASHBOARD_LABEL = 'grafana_dashboard';

/** Annotation the sidecar reads the folder from (kube-prometheus-stack `folderAnnotation`). */
export const GRAFANA_FOLDER_ANNOTATION = 'grafana_folder';

/** Flux's per-object opt-out of post-build substitution. */
export const FLUX_SUBSTITUTE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/substitute';

const GRID_WIDTH = 24;

/**
 * A Grafana dashboard in a ConfigMap for the Grafana sidecar (label `grafana_dashboard: "1"`),
 * generated from typed rows and panels instead of a hand-kept JSON blob. Every panel queries the
 * datasource variable, so the dashboard works with whatever Prometheus datasource Grafana has.
 * @see https://github.com/grafana/helm-charts/tree/main/charts/grafana#sidecar-for-dashboards
 */
export class GrafanaDashboardConfigMap extends Construct {
  public readonly name: string;
  public readonly uid: string;
  /** The dashboard model as written to the ConfigMap. */
  public readonly json: string;

  constructor(scope: Construct, id: string, props: GrafanaDashboardConfigMapProps) {
    super(scope, id);
    checkProp('dashboard config map name', props.name, dnsSubdomain());
    checkProp(`dashboard config map ${props.name}: namespace`, props.namespace, dnsLabel());
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(props.uid)) throw new Error(`dashboard uid must be 1 to 40 letters, digits, "-" or "_" (got "${props.uid}")`);
    if (props.rows.length === 0) throw new Error(`dashboard ${props.name} needs at least one row`);
    const variable = props.datasourceVariable ?? 'DS_PROMETHEUS';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new Error(`datasource variable must be an identifier (got "${variable}")`);
    const substitution = props.substitution ?? DashboardSubstitution.DISABLE;
    this.name = props.name;
    this.uid = props.uid;

    const model = renderDashboard(props, variable);
    const text = JSON.stringify(model, undefined, 2);
    this.json = substitution === DashboardSubstitution.ESCAPE ? text.replace(/\$\{/g, () => '$${') : text;

    const annotations: Record<string, string> = {};
    if (props.folder !== undefined) annotations[GRAFANA_FOLDER_ANNOTATION] = props.folder;
    if (substitution === DashboardSubstitution.DISABLE) annotations[FLUX_SUBSTITUTE_ANNOTATION] = 'disabled';
    const configMap = new k8s.KubeConfigMap(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: { [GRAFANA_DASHBOARD_LABEL]: '1' },
        annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
      },
      data: { [`${props.name}.json`]: this.json },
    });
    placeInFile(configMap, 'dashboard-configmap.yaml');
  }
}

function renderDashboard(props: GrafanaDashboardConfigMapProps, variable: string): object {
  const datasource = { type: 'prometheus', uid: `\${${variable}}` };
  const panels: object[] = [];
  let id = 1;
  let y = 0;
  for (const row of props.rows) {
    if (row.panels.length === 0) throw new Error(`dashboard row "${row.title}" has no panels`);
    panels.push({ id: id++, type: 'row', title: row.title, collapsed: false, gridPos: { h: 1, w: GRID_WIDTH, x: 0, y }, panels: [] });
    y += 1;
    let x = 0;
    let rowHeight = 0;
    for (const panel of row.panels) {
      const w = panel.width ?? 12;
      const h = panel.height ?? 8;
      if (!Number.isInteger(w) || w < 1 || w > GRID_WIDTH) {
        throw new Error(`panel "${panel.title}" width must be a whole number from 1 to 24 (got ${w})`);
      }
      if (panel.targets.length === 0) throw new Error(`panel "${panel.title}" has no queries`);
      if (x + w > GRID_WIDTH) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      panels.push({
        id: id++,
        type: panel.kind ?? PanelKind.TIME_SERIES,
        title: panel.title,
        description: panel.description,
        datasource,
        gridPos: { h, w, x, y },
        fieldConfig: { defaults: { unit: panel.unit ?? 'short' }, overrides: [] },
        options: (panel.kind ?? PanelKind.TIME_SERIES) === PanelKind.STAT
          ? { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false }, colorMode: 'value', graphMode: 'area' }
          : { legend: { displayMode: 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi', sort: 'desc' } },
        targets: panel.targets.map((t, i) => {
          if (t.expr.trim() === '') throw new Error(`panel "${panel.title}" has an empty query`);
          return { refId: String.fromCharCode(65 + i), datasource, expr: t.expr, legendFormat: t.legend, range: true };
        }),
      });
      x += w;
      rowHeight = Math.max(rowHeight, h);
    }
    y += rowHeight;
  }
  return {
    uid: props.uid,
    title: props.title,
    tags: [...(props.tags ?? [])],
    editable: false,
    graphTooltip: 1,
    schemaVersion: 39,
    version: 1,
    refresh: `${(props.refresh ?? Duration.seconds(30)).toSeconds()}s`,
    time: { from: 'now-6h', to: 'now' },
    timezone: 'browser',
    templating: {
      list: [{
        name: variable, label: 'Prometheus', type: 'datasource', query: 'prometheus', current: {}, hide: 0, refresh: 1, regex: '', options: [],
      }],
    },
    annotations: { list: [] },
    panels,
  };
}
