import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runExplain } from '../../bin/commands/explain';
import { runSynth } from '../../bin/commands/synth';
import { loadConfigText } from '../../lib/config/load';
import { MAX_YAML_DEPTH, yamlTooDeepAt } from '../../lib/formats/yaml-depth';
import { MAX_INPUT_FILE_BYTES } from '../../lib/input-file';
import { EXAMPLE_CONFIG_PATH, minimalRaw, tempDir } from '../support/fixtures';
import { ageEnv, capture } from './support';

/** A "billion laughs" YAML document: nine levels of nine aliases, 9^9 strings once expanded. */
export const ALIAS_BOMB = [
  'langfuse_enabled: true',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => {
    const name = String.fromCharCode(98 + i);
    const previous = String.fromCharCode(97 + i);
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
  '',
].join('\n');

describe('a config file that would exhaust the machine', () => {
  let dir: string;
  let out: string;
  beforeEach(() => {
    dir = tempDir();
    out = path.join(dir, 'dist');
  });
  const synth = (configPath: string, env: NodeJS.ProcessEnv = {}) => capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env }));

  test.each([
    ['/dev/zero', 'is not a regular file (it is a character device)'],
    ['/dev/urandom', 'is not a regular file (it is a character device)'],
    ['/', 'is not a regular file (it is a folder)'],
  ])('%s is refused before a byte is read, exit 2', async (file, message) => {
    const result = await synth(file);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`(file): ${message}`);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  test('a FIFO is refused without blocking on it, exit 2', async () => {
    const fifo = path.join(dir, 'config.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = await synth(fifo);
    expect(result.code).toBe(2);
    expect(result.err).toContain('(file): is not a regular file (it is a FIFO)');
  }, 10_000);

  test('a 50 MB file is refused from its size, exit 2', async () => {
    const big = path.join(dir, 'config.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    const result = await synth(big);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`(file): is 52428800 bytes; the limit is ${MAX_INPUT_FILE_BYTES} bytes`);
  });

  test('a YAML alias bomb is a config error, exit 2, for every command that reads the config', async () => {
    const bomb = path.join(dir, 'config.yaml');
    fs.writeFileSync(bomb, ALIAS_BOMB);
    for (const result of [await synth(bomb), await capture(() => runExplain({ configPath: bomb }))]) {
      expect(result.code).toBe(2);
      expect(result.err).toContain('(yaml): expands too many aliases');
      expect(result.err).not.toMatch(/\n\s+at /);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  test.each([
    ['flow sequences', `langfuse_enabled: ${'['.repeat(150_000)}${']'.repeat(150_000)}\n`],
    ['block sequences on one line', `langfuse_enabled:\n${'- '.repeat(150_000)}true\n`],
    ['flow mappings', `langfuse_enabled: ${'{a: '.repeat(75_000)}1${'}'.repeat(75_000)}\n`],
  ])('a 300 KB document of nested %s is refused before it is parsed, exit 2, for every command that reads the config', async (_what, text) => {
    const deep = path.join(dir, 'config.yaml');
    fs.writeFileSync(deep, text);
    expect(text.length).toBeGreaterThanOrEqual(300_000);
    for (const result of [await synth(deep), await capture(() => runExplain({ configPath: deep }))]) {
      expect(result.code).toBe(2);
      expect(result.err).toContain(`(yaml): nests deeper than ${MAX_YAML_DEPTH} levels`);
      expect(result.err).not.toMatch(/\n\s+at /);
    }
    await expect(loadConfigText(text, 'deep.yaml')).rejects.toThrow(/nests deeper than 64 levels \(at line [12]\)/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('nesting is counted as the parser reads it: brackets in quoted or plain scalars and indented block scalars are not nesting', () => {
    const quoted = `a: "${'['.repeat(100)}"\nb: it's ${'['.repeat(100)}\nc: |\n${Array.from({ length: 100 }, (_, i) => `  ${' '.repeat(i)}x`).join('\n')}\n`;
    expect(yamlTooDeepAt(quoted)).toBeUndefined();
    const mappings = Array.from({ length: MAX_YAML_DEPTH + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(yamlTooDeepAt(`${mappings} 1\n`)).toBe(MAX_YAML_DEPTH + 1);
    expect(yamlTooDeepAt(fs.readFileSync(EXAMPLE_CONFIG_PATH, 'utf8'))).toBeUndefined();
  });

  test('an age key file or a .sops.yaml that is a device, a FIFO or huge is refused, exit 2', async () => {
    const config = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(config, stringify(minimalRaw()));
    const { recipient } = await ageEnv();
    const keyFile = await synth(config, { SOPS_AGE_KEY_FILE: '/dev/zero', SOPS_AGE_RECIPIENTS: recipient });
    expect(keyFile.code).toBe(2);
    expect(keyFile.err).toBe('SOPS_AGE_KEY_FILE=/dev/zero: the file is not a regular file (it is a character device)');
    expect(spawnSync('mkfifo', [path.join(dir, '.sops.yaml')]).status).toBe(0);
    const sopsConfig = await synth(config);
    expect(sopsConfig.code).toBe(2);
    expect(sopsConfig.err).toBe(`${path.join(dir, '.sops.yaml')} is not a regular file (it is a FIFO)`);
  }, 10_000);
});
