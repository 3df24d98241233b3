import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { SopsSecret } from '../secrets/sops-secret';
/** A Langfuse organization role. */
export type LangfuseOrgRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE';
/** Names of the role sync's objects: the reference deployment's, so that the switch keeps them. */
export declare const ROLE_SYNC_NAMES: {
    readonly cronJob: "langfuse-role-sync";
    readonly secret: "langfuse-sync-secret";
    readonly configMap: "langfuse-sync-config";
    readonly scriptConfigMap: "langfuse-sync-script";
};
/** The roles of the client `realm-management` the sync's service account needs to read users and their realm roles. */
export declare const ROLE_SYNC_REALM_MANAGEMENT_ROLES: readonly string[];
/** Pod labels of the role sync's pods (network policies select them). */
export declare function roleSyncPodLabels(): Record<string, string>;
/** SCIM role sync of a `LangfuseChart`. Present means on. */
export interface RoleSyncOptions {
    /** The Keycloak realm of the users. */
    readonly realm: string;
    /** An organization-scoped Langfuse API key (Enterprise: SCIM needs the `admin-api` entitlement). */
    readonly orgApiKey: {
        readonly publicKey: string;
        readonly secretKey: string;
    };
    /** The Keycloak service-account client that reads the users (realm-management view-users, view-realm). */
    readonly keycloakClient: {
        readonly clientId: string;
        readonly clientSecret: string;
    };
    /** Five-field cron schedule. @default '*\/5 * * * *' */
    readonly schedule?: string;
    /** Keycloak realm role name to Langfuse role; `default` applies to users with no mapped role. @default DEFAULT_ROLE_MAPPING */
    readonly roleMapping?: Readonly<Record<string, LangfuseOrgRole>>;
    /** Pinned Python image. @default DEFAULT_SCIM_SYNC_IMAGE */
    readonly image?: string;
}
/** Props of `LangfuseRoleSync`. */
export interface LangfuseRoleSyncProps extends RoleSyncOptions {
    /** Keycloak's in-cluster base URL, like `http://keycloak-service.identity.svc.cluster.local:8080`. */
    readonly keycloakUrl: string;
    /** Langfuse web's in-cluster URL, like `http://langfuse-web.ai-system.svc.cluster.local:3000`. */
    readonly langfuseUrl: string;
    /** @default - the chart's namespace */
    readonly namespace?: string;
}
/**
 * The reference deployment's SCIM role sync, as a CronJob with its Secret (the service account's
 * client secret and the organization API key) and two ConfigMaps (the role mapping and the
 * script, lib/identity/role-sync-script.ts), under the reference's names. Unlike the reference it
 * runs the script with Python's standard library on a read-only root filesystem (no pip install at
 * start, no egress to PyPI), talks to Keycloak and Langfuse inside the cluster, and sets roles the
 * way Langfuse's SCIM API takes them (PUT with `roles`).
 */
export declare class LangfuseRoleSync extends Construct {
    readonly cronJob: k8s.KubeCronJob;
    readonly secret: SopsSecret;
    readonly roleMapping: Readonly<Record<string, LangfuseOrgRole>>;
    constructor(scope: Construct, id: string, props: LangfuseRoleSyncProps);
}
