import { ApiObject, App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { FluxAppChart } from '../../lib/flux/flux-app-chart';
import { isFluxApp, renderFluxTree } from '../../lib/output/flux-tree';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';

function appWithPlainChart() {
  const app = new App();
  const flux = new FluxAppChart(app, 'mine', { appName: 'mine', namespace: 'mine' });
  new ApiObject(flux, 'Config', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'mine' } });
  const plain = new Chart(app, 'plain', { namespace: 'plain', disableResourceNameHashes: true });
  new ApiObject(plain, 'Config', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'plain' } });
  return app;
}

describe('renderFluxTree', () => {
  test('refuses a chart that is not a Flux app instead of leaving its objects out', async () => {
    await expect(renderFluxTree(appWithPlainChart().charts, plaintextEncoder, () => undefined))
      .rejects.toThrow('chart "plain" is not a Flux app, so its objects would be missing from the tree');
  });

  test('renders the Flux apps when the caller leaves the plain chart out on purpose', async () => {
    const files = await renderFluxTree(appWithPlainChart().charts.filter(isFluxApp), plaintextEncoder, () => undefined);
    expect(files.map((f) => f.path)).toEqual([
      'kubernetes/apps/mine/mine/app/configmap.yaml', 'kubernetes/apps/mine/mine/app/kustomization.yaml', 'kubernetes/apps/mine/mine/ks.yaml',
    ]);
  });

  test('names a second copy of cdk8s instead of failing on a Lazy value it cannot render', async () => {
    // GIVEN a chart whose root is not an App of this package's cdk8s, as under a second copy
    const foreignRoot = new Construct(undefined as unknown as Construct, 'App');
    const chart = new FluxAppChart(foreignRoot, 'mine', { appName: 'mine', namespace: 'mine' });
    await expect(renderFluxTree([chart], plaintextEncoder, () => undefined))
      .rejects.toThrow(/chart "App\/mine" is not in an App of the cdk8s that langfuse-cdk8s loads \(.*node_modules\/cdk8s\/.*\):\ntwo copies of cdk8s/);
  });
});
