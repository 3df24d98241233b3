/** The role mapping of the reference deployment's role sync (plugin.py's default). */
export declare const DEFAULT_ROLE_MAPPING: Readonly<Record<string, 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE'>>;
/** The pinned Python image of the role sync CronJob (the reference's image, without its runtime pip install). */
export declare const DEFAULT_SCIM_SYNC_IMAGE = "python:3.14-slim";
