import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { placeInFile } from '../output/file-placement';

/** Props of `SopsSecret`. */
export interface SopsSecretProps {
  readonly name: string;
  readonly namespace: string;
  /** @default 'Opaque' */
  readonly type?: string;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
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

  constructor(scope: Construct, id: string, props: SopsSecretProps) {
    super(scope, id);
    const file = props.file ?? 'secret.sops.yaml';
    if (!file.endsWith('.sops.yaml')) throw new Error(`sops secret file must end with .sops.yaml (got "${file}")`);
    const empty = Object.entries(props.stringData).filter(([, v]) => v === '').map(([k]) => k);
    if (empty.length > 0) throw new Error(`secret ${props.name} has empty values for ${empty.join(', ')}`);
    this.name = props.name;
    this.keys = Object.keys(props.stringData);
    this.contentDigest = createHash('sha256').update(JSON.stringify([props.name, props.stringData])).digest('hex');
    const secret = new k8s.KubeSecret(this, 'Resource', {
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
