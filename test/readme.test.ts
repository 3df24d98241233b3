import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './support/fixtures';

const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  test('quick start is the two commands', () => {
    expect(readme).toContain('npm ci && npx cdk8s synth');
    expect(readme).toContain('npm ci && npm test');
  });

  test('every repository path it names exists, so the architecture it describes stays true', () => {
    const paths = [...readme.matchAll(/`((?:lib|bin|scripts|docs|schema|examples|test)\/[A-Za-z0-9_./-]*[A-Za-z0-9_])`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !fs.existsSync(path.join(REPO_ROOT, p)) && !fs.existsSync(path.join(REPO_ROOT, `${p}.ts`)))).toEqual([]);
  });

  test('the architecture diagram names the stages of the data flow as they are in the code', () => {
    const diagram = readme.slice(readme.indexOf('```mermaid'), readme.indexOf('```', readme.indexOf('```mermaid') + 3));
    for (const stage of ['lib/config', 'lib/settings/derive', 'LangfuseChartProps', 'LangfuseChart', 'lib/output']) expect(diagram).toContain(stage);
    for (const module of ['lib/config/to-props.ts', 'lib/settings/derive.ts', 'lib/langfuse-chart-props.ts', 'lib/langfuse-chart.ts', 'lib/output']) {
      expect(fs.existsSync(path.join(REPO_ROOT, module))).toBe(true);
    }
  });
});
