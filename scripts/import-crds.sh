#!/usr/bin/env bash
# Generates imports/ from the real CRDs in $LANGFUSE_CRDS_DIR (default ../shared/crds), and
# imports/schemas/ from them, the Kubernetes 1.28 definitions and the chart values (scripts/derive-schemas.ts).
# Same-group CRDs are bundled (one module per API group), each file preceded by '---'
# because several upstream files do not start with a document separator.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
crds=${LANGFUSE_CRDS_DIR:-$root/../shared/crds}
if [ ! -d "$crds" ]; then
  echo "import: no CRD folder at '$crds' (set LANGFUSE_CRDS_DIR to the folder holding the CRDs)" >&2
  exit 1
fi
keycloak=keycloak-26.4.7-derived
[ -d "$crds/$keycloak" ] || keycloak=keycloak
bundles=$root/.crd-bundles
rm -rf "$bundles"; mkdir -p "$bundles"
bundle() { # bundle <group> <glob...>
  local group=$1; shift
  for f in "$@"; do echo '---'; cat "$f"; echo; done > "$bundles/$group.yaml"
}
bundle kustomize.toolkit.fluxcd.io "$crds"/flux/kustomize.toolkit.fluxcd.io_*.yaml
bundle source.toolkit.fluxcd.io "$crds"/flux/source.toolkit.fluxcd.io_*.yaml
bundle helm.toolkit.fluxcd.io "$crds"/flux/helm.toolkit.fluxcd.io_*.yaml
bundle postgresql.cnpg.io "$crds"/cloudnative-pg/postgresql.cnpg.io_*.yaml
bundle barmancloud.cnpg.io "$crds"/cloudnative-pg/barmancloud.cnpg.io_*.yaml
bundle gateway.networking.k8s.io "$crds"/gateway-api/*.yaml
bundle cilium.io "$crds"/cilium/*.yaml
bundle monitoring.coreos.com "$crds"/prometheus-operator/*.yaml
bundle k8s.keycloak.org "$crds"/$keycloak/*.yaml
bundle dragonflydb.io "$crds"/dragonfly/*.yaml
bundle grafana.integreatly.org "$crds"/grafana-operator/*.yaml
bundle clickhouse.com "$crds"/clickhouse-operator/clickhouse.com_*.yaml
rm -rf "$root/imports"; mkdir -p "$root/imports"
cd "$root"
for b in "$bundles"/*.yaml; do
  CDK8S_CHECK_UPGRADE=false npx cdk8s import "$b" --language typescript --output imports --no-save >/dev/null
done
rm -rf "$bundles"
# what validate reads at run time (JSON Schemas, chart value keys): imports/schemas/
LANGFUSE_CRDS_DIR=$crds npx ts-node --transpile-only scripts/derive-schemas.ts
ls imports
