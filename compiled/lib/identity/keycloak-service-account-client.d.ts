import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { SopsSecret } from '../secrets/sops-secret';
/** Props of `KeycloakServiceAccountClient`. */
export interface KeycloakServiceAccountClientProps {
    readonly realm: string;
    /** Client id, like `langfuse-sync`. */
    readonly clientId: string;
    /** @default - the client id */
    readonly displayName?: string;
    /** The client's secret, in clear (the Secret is SOPS-encrypted). */
    readonly clientSecret: string;
    /** Roles of the client `realm-management` the service account gets. */
    readonly realmManagementRoles: readonly string[];
    /** @default ['profile', 'email'] */
    readonly defaultClientScopes?: readonly string[];
    /** @default - the chart's namespace */
    readonly namespace?: string;
}
/**
 * A confidential client with only a service account (client-credentials grant; no browser flow, no
 * redirect URIs) and the `realm-management` roles it needs, as a keycloak-config-cli realm fragment:
 * a ConfigMap with `{realm, clients, users}`, the service account as the `users` entry
 * `service-account-<client id>` (keycloak-config-cli's way to give it client roles), and a SOPS
 * Secret with `<CLIENT_ID>_CLIENT_SECRET` for the fragment's `$(env:...)`. The reference deployment's
 * SCIM role sync client `langfuse-sync` has exactly this shape.
 */
export declare class KeycloakServiceAccountClient extends Construct {
    readonly clientId: string;
    readonly name: string;
    readonly secretEnvName: string;
    readonly configMap: k8s.KubeConfigMap;
    readonly secret: SopsSecret;
    /** The realm fragment the ConfigMap holds (secret as a placeholder). */
    readonly fragment: Readonly<Record<string, unknown>>;
    constructor(scope: Construct, id: string, props: KeycloakServiceAccountClientProps);
}
