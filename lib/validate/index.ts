export * from './shared-paths';
export * from './schema-validator';
export * from './chart-values';
export * from './kustomize';
