import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { placeInFile } from '../output/file-placement';
import { SopsSecret } from '../secrets/sops-secret';
import { keycloakClientNames } from './keycloak-client';

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
export class KeycloakServiceAccountClient extends Construct {
  public readonly clientId: string;
  public readonly name: string;
  public readonly secretEnvName: string;
  public readonly configMap: k8s.KubeConfigMap;
  public readonly secret: SopsSecret;
  /** The realm fragment the ConfigMap holds (secret as a placeholder). */
  public readonly fragment: Readonly<Record<string, unknown>>;

  constructor(scope: Construct, id: string, props: KeycloakServiceAccountClientProps) {
    super(scope, id);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(props.clientId)) throw new Error(`keycloak client id must be letters, digits, ".", "_" or "-" (got "${props.clientId}")`);
    if (props.clientSecret.length < 16 || /\s/.test(props.clientSecret)) {
      throw new Error(`keycloak client secret of ${props.clientId} must be at least 16 characters without whitespace (got ${props.clientSecret.length} characters)`);
    }
    if (props.realmManagementRoles.length === 0) throw new Error(`keycloak service account ${props.clientId} needs at least one realm-management role (got none)`);
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error(`keycloak client ${props.clientId} needs a namespace (got none, and its chart has none)`);
    this.clientId = props.clientId;
    ({ name: this.name, secretEnvName: this.secretEnvName } = keycloakClientNames(props.clientId));
    const labels = { 'app.kubernetes.io/name': props.clientId, 'app.kubernetes.io/component': 'keycloak-client' };

    this.secret = new SopsSecret(this, 'Secret', { name: this.name, namespace, labels, stringData: { [this.secretEnvName]: props.clientSecret } });
    this.fragment = {
      realm: props.realm,
      clients: [{
        clientId: props.clientId,
        name: props.displayName ?? props.clientId,
        enabled: true,
        protocol: 'openid-connect',
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        secret: `$(env:${this.secretEnvName})`,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: true,
        implicitFlowEnabled: false,
        redirectUris: [],
        webOrigins: [],
        defaultClientScopes: [...(props.defaultClientScopes ?? ['profile', 'email'])],
      }],
      users: [{
        username: `service-account-${props.clientId.toLowerCase()}`,
        enabled: true,
        serviceAccountClientId: props.clientId,
        clientRoles: { 'realm-management': [...props.realmManagementRoles] },
      }],
    };
    this.configMap = new k8s.KubeConfigMap(this, 'Resource', {
      metadata: { name: this.name, namespace, labels: { ...labels, 'app.kubernetes.io/part-of': 'keycloak-config-cli' } },
      data: { [`${this.name}.json`]: JSON.stringify(this.fragment, null, 2) + '\n' },
    });
    placeInFile(this.configMap, 'configmap.yaml');
  }
}
