import * as fs from 'fs';
import * as path from 'path';
import { UPGRADE_PATH } from '../../lib/upgrade/upgrade-path';
import { renderUpgradePlan, renderUpgradeRunbook, UPGRADE_RUNBOOK_PATH } from '../../lib/upgrade/upgrade-plan';
import { checkCommandLine, defaultUpgradeRunbookContext, upgradeRunbook } from '../../lib/upgrade/upgrade-runbook';
import { REPO_ROOT } from '../support/fixtures';

describe('the upgrade runbook docs/upgrade-v4.md', () => {
  const generated = renderUpgradeRunbook(defaultUpgradeRunbookContext());

  test('is generated from the stage definitions and matches the committed file', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, UPGRADE_RUNBOOK_PATH), 'utf8');
    if (committed !== generated) throw new Error(`${UPGRADE_RUNBOOK_PATH} is out of date: run "npm run schema" and commit the result`);
  });

  test('has a section per state, with the same edits, checks and rollbacks that "upgrade plan" prints', () => {
    const ctx = defaultUpgradeRunbookContext();
    const plan = renderUpgradePlan('langfuse', UPGRADE_PATH[0], ctx);
    const guides = upgradeRunbook(ctx);
    expect(guides.map((g) => g.step)).toEqual(UPGRADE_PATH);
    guides.forEach((guide, i) => {
      expect(generated).toContain(`## ${i}. ${guide.title}`);
      expect(generated).toContain(`State \`${guide.step}\``);
      for (const check of guide.checks) {
        expect(generated).toContain(checkCommandLine(check));
        expect(plan).toContain(checkCommandLine(check));
      }
    });
  });

  test('the README and the legacy warning point at it', () => {
    expect(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toContain('docs/upgrade-v4.md');
  });
});
