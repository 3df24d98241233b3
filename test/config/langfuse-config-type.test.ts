import * as fs from 'fs';
import * as path from 'path';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import type { InferredLangfuseConfig } from '../../lib/config/schema';
import { LANGFUSE_CONFIG_TYPE_PATH, langfuseConfigTypeText } from '../../scripts/config-type';
import { REPO_ROOT } from '../support/fixtures';

// tsc (in npm test) checks this line: the interface and the schema's output type accept the same values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType: Same<LangfuseConfig, InferredLangfuseConfig> = true;

describe('the LangfuseConfig interface', () => {
  test('is the committed output of "npm run schema" for the current schema', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, LANGFUSE_CONFIG_TYPE_PATH), 'utf8');
    if (committed !== langfuseConfigTypeText(REPO_ROOT)) {
      throw new Error(`${LANGFUSE_CONFIG_TYPE_PATH} is out of date: run "npm run schema" and commit the result`);
    }
  });

  test('is the type the schema produces', () => {
    expect(sameType).toBe(true);
  });
});
