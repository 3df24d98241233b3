import { z } from 'zod';
import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { dnsLabel, dnsSubdomain, secretDataKey } from '../config/fields';
import { placeInFile } from '../output/file-placement';
import { checkProp } from '../prop-checks';

const nonEmpty = z.string().min(1, { message: 'must not be empty' });

/** The Kubernetes limit on a Secret's data: the sum of its values' sizes, 1 MiB. */
export const MAX_SECRET_DATA_BYTES = 1024 * 1024;

/** Props of `SopsSecret`. */
export interface SopsSecretProps {
  readonly name: string;
  readonly namespace: string;
  /** @default 'Opaque' */
  readonly type?: string;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations (never encrypted), like Flux's prune protection. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** The values, in clear; they are encrypted when the Flux tree is written. */
  readonly stringData: Readonly<Record<string, string>>;
  /**
   * File of the app folder that holds it; must end in `.sops.yaml`.
   * @default 'secret.sops.yaml'
   */
  readonly file?: string;
}

/**
 * A Secret that is written to the Flux tree only in SOPS-encrypted form: the writer encrypts every
 * `*.sops.yaml` file for the repository's age recipients, and refuses to write it in clear
 * unless plaintext output was explicitly requested.
 */
export class SopsSecret extends Construct {
  public readonly name: string;
  public readonly keys: readonly string[];
  /** SHA-256 of the name and values: changes with any value without revealing one. */
  public readonly contentDigest: string;
  private readonly resource: k8s.KubeSecret;

  constructor(scope: Construct, id: string, props: SopsSecretProps) {
    super(scope, id);
    const file = props.file ?? 'secret.sops.yaml';
    if (!file.endsWith('.sops.yaml')) throw new Error(`sops secret file must end with .sops.yaml (got "${file}")`);
    checkProp('sops secret name', props.name, dnsSubdomain());
    checkProp(`sops secret ${props.name}: namespace`, props.namespace, dnsLabel());
    for (const [key, value] of Object.entries(props.stringData ?? {})) {
      checkProp(`sops secret ${props.name}: stringData key`, key, secretDataKey());
      // an empty value would be an empty Secret key in the cluster, which the app then reads as "not configured"
      if (typeof value === 'string' || value === undefined || value === null) checkProp(`sops secret ${props.name}: stringData.${key}`, value, nonEmpty, { secret: true });
    }
    // The API server rejects a Secret whose values add up to more than 1 MiB: Flux would fail to apply the whole app.
    // Values known now are checked now; lazy ones (an ACL file that collects users) when the tree is rendered.
    if (Object.values(props.stringData).every((v) => typeof v === 'string')) {
      const problem = secretSizeProblem(props.name, props.stringData);
      if (problem) throw new Error(problem);
    } else {
      this.node.addValidation({
        validate: () => [secretSizeProblem(props.name, (this.resource.toJson() as { stringData?: Record<string, string> }).stringData ?? {})]
          .filter((p): p is string => p !== undefined),
      });
    }
    this.name = props.name;
    this.keys = Object.keys(props.stringData);
    this.contentDigest = createHash('sha256').update(JSON.stringify([props.name, props.stringData])).digest('hex');
    const secret = this.resource = new k8s.KubeSecret(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: props.labels ? { ...props.labels } : undefined,
        annotations: props.annotations ? { ...props.annotations } : undefined,
      },
      type: props.type ?? 'Opaque',
      stringData: { ...props.stringData },
    });
    placeInFile(secret, file);
  }

  /** A `secretKeyRef` to one of its keys. */
  public keyRef(key: string): { name: string; key: string } {
    if (!this.keys.includes(key)) throw new Error(`secret ${this.name} has no key "${key}" (keys: ${this.keys.join(', ')})`);
    return { name: this.name, key };
  }
}

/** Why a Secret's values are too large for Kubernetes, or undefined; names the largest key, never a value. */
export function secretSizeProblem(name: string, stringData: Readonly<Record<string, string>>): string | undefined {
  const sizes = Object.entries(stringData).map(([k, v]) => [k, Buffer.byteLength(v, 'utf8')] as const).sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  if (total <= MAX_SECRET_DATA_BYTES) return undefined;
  return `secret ${name} holds ${total} bytes, more than the Kubernetes limit of ${MAX_SECRET_DATA_BYTES} bytes per Secret `
    + `(largest value: ${sizes[0][0]}, ${sizes[0][1]} bytes)`;
}
