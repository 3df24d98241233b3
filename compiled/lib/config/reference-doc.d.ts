import { AffectedResources } from './affected-resources';
import { ConfigKeyInfo } from './key-info';
/** Where the generated reference is committed, relative to the repository root. */
export declare const CONFIGURATION_REFERENCE_PATH = "docs/configuration.md";
/** The default as a code span: strings, lists and mappings in JSON (`""`, `[]`), so an empty one still shows. */
export declare function defaultText(info: Pick<ConfigKeyInfo, 'default'>): string;
/** A Markdown code span that holds any text: a fence longer than its longest run of backticks, padded when the text touches one. */
export declare function codeSpan(text: string): string;
/** The "Affects" cell: measured added (+), removed (−) and changed (~) objects. */
export declare function affectsText(affected: AffectedResources | undefined): string;
/**
 * Renders docs/configuration.md: every key of the config schema with its type, default,
 * description, allowed values and the objects it affects.
 *
 * @param affected the measured effect of each key (see `deriveAffectedResources`)
 */
export declare function renderConfigurationReference(affected: ReadonlyMap<string, AffectedResources>): string;
