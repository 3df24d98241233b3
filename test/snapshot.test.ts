import { exampleRaw, renderTree } from './support/fixtures';

// A record of the whole example tree, next to the targeted assertions of the other tests: it shows
// every change of the output in review. Secret files are left out (their values are the config's).
test('the example config renders this Flux tree', async () => {
  const files = await renderTree(exampleRaw());
  const tree = Object.fromEntries(files.filter((f) => !f.path.endsWith('.sops.yaml')).map((f) => [f.path, f.content]));
  expect(Object.keys(tree).length).toBeGreaterThan(20);
  expect(tree).toMatchSnapshot();
});
