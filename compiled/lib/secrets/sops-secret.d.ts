import { Construct } from 'constructs';
/** The Kubernetes limit on a Secret's data: the sum of its values' sizes, 1 MiB. */
export declare const MAX_SECRET_DATA_BYTES: number;
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
export declare class SopsSecret extends Construct {
    readonly name: string;
    readonly keys: readonly string[];
    /** SHA-256 of the name and values: changes with any value without revealing one. */
    readonly contentDigest: string;
    private readonly resource;
    constructor(scope: Construct, id: string, props: SopsSecretProps);
    /** A `secretKeyRef` to one of its keys. */
    keyRef(key: string): {
        name: string;
        key: string;
    };
}
/** Why a Secret's values are too large for Kubernetes, or undefined; names the largest key, never a value. */
export declare function secretSizeProblem(name: string, stringData: Readonly<Record<string, string>>): string | undefined;
