import { ScalarNode } from './tree';
/** The typed value of a plain scalar, as go-yaml v3 resolves it. */
export declare function resolvePlainScalar(text: string): ScalarNode;
/**
 * Whether go-yaml v3 must quote this string so that it reads back as a string: it would resolve to
 * another type, is the merge key `<<`, or is a YAML 1.1 bool or sexagesimal number.
 */
export declare function plainWouldNotBeString(text: string): boolean;
