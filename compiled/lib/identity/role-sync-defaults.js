"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SCIM_SYNC_IMAGE = exports.DEFAULT_ROLE_MAPPING = void 0;
/** The role mapping of the reference deployment's role sync (plugin.py's default). */
exports.DEFAULT_ROLE_MAPPING = {
    admin: 'ADMIN',
    operator: 'MEMBER',
    developer: 'MEMBER',
    default: 'VIEWER',
};
/** The pinned Python image of the role sync CronJob (the reference's image, without its runtime pip install). */
exports.DEFAULT_SCIM_SYNC_IMAGE = 'python:3.14-slim';
