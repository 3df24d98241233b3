/** The role mapping of the reference deployment's role sync (plugin.py's default). */
export const DEFAULT_ROLE_MAPPING: Readonly<Record<string, 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE'>> = {
  admin: 'ADMIN',
  operator: 'MEMBER',
  developer: 'MEMBER',
  default: 'VIEWER',
};

/** The pinned Python image of the role sync CronJob (the reference's image, without its runtime pip install). */
export const DEFAULT_SCIM_SYNC_IMAGE = 'python:3.14-slim';
