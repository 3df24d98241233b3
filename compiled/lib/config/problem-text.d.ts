import type { YAMLError } from 'yaml';
import type { z } from 'zod';
import { ConfigProblem } from './errors';
/**
 * Texts for config problems that the field schemas cannot word themselves: YAML syntax errors
 * (with line and column), values of the wrong type, empty values and a top level that is not a
 * mapping.
 */
/** The YAML type of a parsed value, as an operator would name it. */
export declare function yamlTypeName(value: unknown): string;
/** A YAML syntax error as a problem keyed by its position, like `line 3, column 5`. */
export declare function yamlSyntaxProblem(error: YAMLError, text: string): ConfigProblem;
/** The problem of a file whose top level is not a mapping of keys to values. */
export declare function notAMappingProblem(value: unknown): ConfigProblem;
/**
 * Rewords zod's generic type messages ("Invalid input: expected string, received number") into
 * what is expected, what was given and what is allowed; keeps the field's own message otherwise.
 *
 * @param key the config key
 * @param value the value as parsed from YAML
 * @param issue the zod issue for that key
 */
export declare function fieldProblem(key: string, value: unknown, issue: z.core.$ZodIssue): ConfigProblem;
/**
 * A problem from a rule between keys: the value is shown (masked) when set, and a missing key's
 * message says what the value must look like.
 *
 * @param key the key to fix
 * @param message the rule's message
 * @param raw the config as parsed
 */
export declare function crossFieldProblem(key: string, message: string, raw: Readonly<Record<string, unknown>>): ConfigProblem;
