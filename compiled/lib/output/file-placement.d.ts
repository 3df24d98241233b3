import { ApiObject } from 'cdk8s';
/** The file the Flux app folder root keeps for the Flux Kustomization. */
export declare const KS_FILE = "ks.yaml";
/**
 * Places an object in a named file of its Flux app folder: `ks.yaml` at the folder root, any
 * other name under `app/`. Objects without a placement go to `app/<kind>.yaml`.
 */
export declare function placeInFile(obj: ApiObject, file: string): void;
/** The file an object is written to. */
export declare function fileOf(obj: ApiObject): string;
