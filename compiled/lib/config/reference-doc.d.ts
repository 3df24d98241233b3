import { AffectedResources } from './affected-resources';
/** Where the generated reference is committed, relative to the repository root. */
export declare const CONFIGURATION_REFERENCE_PATH = "docs/configuration.md";
/** The "Affects" cell: measured added (+), removed (−) and changed (~) objects. */
export declare function affectsText(affected: AffectedResources | undefined): string;
/**
 * Renders docs/configuration.md: every key of the config schema with its type, default,
 * description, allowed values and the objects it affects.
 *
 * @param affected the measured effect of each key (see `deriveAffectedResources`)
 */
export declare function renderConfigurationReference(affected: ReadonlyMap<string, AffectedResources>): string;
