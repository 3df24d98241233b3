"use strict";
/**
 * The subset of the langfuse chart 1.5.41 values that this project sets, typed so that a
 * misspelled key fails to compile. Key names follow
 * ../shared/reference/langfuse-chart/v1.5.41/values.yaml; a test checks every emitted key path
 * against that file.
 */
Object.defineProperty(exports, "__esModule", { value: true });
