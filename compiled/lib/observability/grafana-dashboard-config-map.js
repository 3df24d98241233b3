"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GrafanaDashboardConfigMap = exports.FLUX_SUBSTITUTE_ANNOTATION = exports.GRAFANA_FOLDER_ANNOTATION = exports.GRAFANA_DASHBOARD_LABEL = exports.DashboardSubstitution = exports.PanelKind = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const file_placement_1 = require("../output/file-placement");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/** Panel visualizations. */
var PanelKind;
(function (PanelKind) {
    /** A graph over time. */
    PanelKind["TIME_SERIES"] = "timeseries";
    /** One number. */
    PanelKind["STAT"] = "stat";
})(PanelKind || (exports.PanelKind = PanelKind = {}));
/**
 * How the dashboard survives Flux's post-build variable substitution, which replaces `${var}`
 * everywhere in the applied YAML and turns an undefined variable into "" (blanking the
 * `${DS_PROMETHEUS}` datasource of every panel).
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution
 */
var DashboardSubstitution;
(function (DashboardSubstitution) {
    /**
     * Annotate the ConfigMap with `kustomize.toolkit.fluxcd.io/substitute: disabled` and keep
     * `${DS_PROMETHEUS}` as is. Safe whether or not the Kustomization substitutes.
     */
    DashboardSubstitution["DISABLE"] = "disable";
    /**
     * Write `$${DS_PROMETHEUS}`, which substitution turns back into `${DS_PROMETHEUS}`. Only for a
     * Kustomization with `postBuild` substitution; without it Grafana would get `$${...}`.
     */
    DashboardSubstitution["ESCAPE"] = "escape";
})(DashboardSubstitution || (exports.DashboardSubstitution = DashboardSubstitution = {}));
/** Label the Grafana dashboard sidecar (kube-prometheus-stack) watches for. */
exports.GRAFANA_DASHBOARD_LABEL = 'grafana_dashboard';
/** Annotation the sidecar reads the folder from (kube-prometheus-stack `folderAnnotation`). */
exports.GRAFANA_FOLDER_ANNOTATION = 'grafana_folder';
/** Flux's per-object opt-out of post-build substitution. */
exports.FLUX_SUBSTITUTE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/substitute';
const GRID_WIDTH = 24;
/**
 * A Grafana dashboard in a ConfigMap for the Grafana sidecar (label `grafana_dashboard: "1"`),
 * generated from typed rows and panels instead of a hand-kept JSON blob. Every panel queries the
 * datasource variable, so the dashboard works with whatever Prometheus datasource Grafana has.
 * @see https://github.com/grafana/helm-charts/tree/main/charts/grafana#sidecar-for-dashboards
 */
class GrafanaDashboardConfigMap extends constructs_1.Construct {
    name;
    uid;
    /** The dashboard model as written to the ConfigMap. */
    json;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('dashboard config map name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)(`dashboard config map ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
        if (!/^[A-Za-z0-9_-]{1,40}$/.test(props.uid))
            throw new Error(`dashboard uid must be 1 to 40 letters, digits, "-" or "_" (got "${props.uid}")`);
        if (props.rows.length === 0)
            throw new Error(`dashboard ${props.name} needs at least one row`);
        const variable = props.datasourceVariable ?? 'DS_PROMETHEUS';
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
            throw new Error(`datasource variable must be an identifier (got "${variable}")`);
        const substitution = props.substitution ?? DashboardSubstitution.DISABLE;
        this.name = props.name;
        this.uid = props.uid;
        const model = renderDashboard(props, variable);
        const text = JSON.stringify(model, undefined, 2);
        this.json = substitution === DashboardSubstitution.ESCAPE ? text.replace(/\$\{/g, () => '$${') : text;
        const annotations = {};
        if (props.folder !== undefined)
            annotations[exports.GRAFANA_FOLDER_ANNOTATION] = props.folder;
        if (substitution === DashboardSubstitution.DISABLE)
            annotations[exports.FLUX_SUBSTITUTE_ANNOTATION] = 'disabled';
        const configMap = new cdk8s_plus_28_1.k8s.KubeConfigMap(this, 'Resource', {
            metadata: {
                name: props.name,
                namespace: props.namespace,
                labels: { [exports.GRAFANA_DASHBOARD_LABEL]: '1' },
                annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
            },
            data: { [`${props.name}.json`]: this.json },
        });
        (0, file_placement_1.placeInFile)(configMap, 'dashboard-configmap.yaml');
    }
}
exports.GrafanaDashboardConfigMap = GrafanaDashboardConfigMap;
function renderDashboard(props, variable) {
    const datasource = { type: 'prometheus', uid: `\${${variable}}` };
    const panels = [];
    let id = 1;
    let y = 0;
    for (const row of props.rows) {
        if (row.panels.length === 0)
            throw new Error(`dashboard row "${row.title}" has no panels`);
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
            if (panel.targets.length === 0)
                throw new Error(`panel "${panel.title}" has no queries`);
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
                    if (t.expr.trim() === '')
                        throw new Error(`panel "${panel.title}" has an empty query`);
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
        refresh: `${(props.refresh ?? cdk8s_1.Duration.seconds(30)).toSeconds()}s`,
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
