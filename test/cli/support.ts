import * as fs from 'fs';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';

/** Captured console output of one command run. */
export interface Captured {
  readonly out: string;
  readonly err: string;
  /** stdout lines, without the trailing empty one. */
  readonly lines: string[];
}

/**
 * Runs a command function in-process with console.log/warn/error captured (stdout is log; stderr
 * is warn and error), and returns its exit code and output.
 */
export async function capture(run: () => Promise<number>): Promise<{ code: number } & Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.map(String).join(' ')); });
  const warn = jest.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => { err.push(a.map(String).join(' ')); });
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.map(String).join(' ')); });
  try {
    const code = await run();
    const text = out.join('\n');
    return { code, out: text, err: err.join('\n'), lines: text.split('\n').filter((l) => l !== '') };
  } finally {
    log.mockRestore();
    warn.mockRestore();
    error.mockRestore();
  }
}

export { snapshotTree } from '../support/fixtures';

/** A fresh age key pair and the environment that makes synth encrypt for it and read it back. */
export async function ageEnv(): Promise<{ identity: string; recipient: string; env: NodeJS.ProcessEnv }> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  return { identity, recipient, env: { SOPS_AGE_RECIPIENTS: recipient, SOPS_AGE_KEY: identity } };
}

/** Copies a folder recursively. */
export function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}
