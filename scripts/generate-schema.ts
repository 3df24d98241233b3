// Regenerates the committed config JSON Schema, docs/configuration.md, the LangfuseConfig
// interface and the upgrade runbook docs/upgrade-v4.md: `npm run schema`.
import * as fs from 'fs';
import * as path from 'path';
import { deriveAffectedResources } from '../lib/config/affected-resources';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from '../lib/config/json-schema';
import { CONFIGURATION_REFERENCE_PATH, renderConfigurationReference } from '../lib/config/reference-doc';
import { renderUpgradeRunbook, UPGRADE_RUNBOOK_PATH } from '../lib/upgrade/upgrade-plan';
import { defaultUpgradeRunbookContext } from '../lib/upgrade/upgrade-runbook';
import { LANGFUSE_CONFIG_TYPE_PATH, langfuseConfigTypeText } from './config-type';

const root = path.resolve(__dirname, '..');
const outputs: Array<[string, string]> = [
  [CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText()],
  [CONFIGURATION_REFERENCE_PATH, renderConfigurationReference(deriveAffectedResources())],
  [LANGFUSE_CONFIG_TYPE_PATH, langfuseConfigTypeText(root)],
  [UPGRADE_RUNBOOK_PATH, renderUpgradeRunbook(defaultUpgradeRunbookContext())],
];
for (const [relative, text] of outputs) {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const changed = !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text;
  if (changed) fs.writeFileSync(file, text);
  console.log(`${changed ? 'wrote    ' : 'unchanged'} ${relative}`);
}
