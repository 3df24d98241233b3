import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { KeycloakRealmImport, KeycloakRealmImportSpecRealmClients } from '../../imports/k8s.keycloak.org';
import { clientSecret, dnsLabel, dnsSubdomain, keycloakRealm } from '../config/fields';
import { withoutUserinfo } from '../formats/endpoint-url';
import { placeInFile } from '../output/file-placement';
import { checkProp } from '../prop-checks';
import { SopsSecret } from '../secrets/sops-secret';

/** How the client reaches Keycloak. */
export enum KeycloakClientForm {
  /**
   * A keycloak-config-cli realm fragment: a ConfigMap with the realm JSON (`{realm, clients}`) whose
   * client secret is `$(env:<secretEnvName>)`, and a Secret providing that variable. The cluster's
   * keycloak-config-cli Job mounts the ConfigMap into `IMPORT_FILES_LOCATIONS`, takes the Secret
   * with `envFrom` and runs with `IMPORT_VARSUBSTITUTION_ENABLED=true`. It creates or updates the
   * client in an existing realm, on every run.
   * @see https://github.com/adorsys/keycloak-config-cli
   */
  CONFIG_CLI = 'config-cli',
  /**
   * The Keycloak operator's `KeycloakRealmImport`, with the secret as a placeholder from the
   * Secret. The operator only CREATES realms: if the realm already exists the import is skipped,
   * and it never updates or deletes anything afterwards. Use it only for a realm that Langfuse owns
   * and that does not exist yet.
   * @see https://www.keycloak.org/operator/realm-import
   */
  REALM_IMPORT = 'realm-import',
}

/** Keycloak client of a `LangfuseChart`'s SSO. Present means on. */
export interface KeycloakClientOptions {
  /** @default KeycloakClientForm.CONFIG_CLI */
  readonly form?: KeycloakClientForm;
  /**
   * Name of the Keycloak CR (realm-import form only).
   * @default 'keycloak'
   */
  readonly keycloakCrName?: string;
  /**
   * Whether the realm already exists in Keycloak. The realm-import form cannot add a client to
   * an existing realm.
   * @default true
   */
  readonly realmExists?: boolean;
  /** defaultClientScopes of the client. @default - the realm's default scopes */
  readonly defaultClientScopes?: readonly string[];
  /** optionalClientScopes of the client. @default - the realm's optional scopes */
  readonly optionalClientScopes?: readonly string[];
  /**
   * Import the fragments with a keycloak-config-cli Job of their own (`KeycloakConfigCliJob`),
   * for a cluster whose config Job does not mount them, like the reference deployment's (config-cli
   * form only). Present means on.
   * @default - none: the cluster's own config Job mounts the fragments
   */
  readonly configCliJob?: KeycloakConfigCliJobOptions;
}

/** The own keycloak-config-cli Job of the fragments. */
export interface KeycloakConfigCliJobOptions {
  /** @default 'keycloak-admin-credentials' */
  readonly adminSecretName?: string;
}

/** Props of `KeycloakClient`. */
export interface KeycloakClientProps {
  /** The realm of the client. */
  readonly realm: string;
  /**
   * OIDC client id.
   * @default 'langfuse'
   */
  readonly clientId?: string;
  /** @default - the client id */
  readonly displayName?: string;
  /** The confidential client's secret, in clear (the Secret is SOPS-encrypted). */
  readonly clientSecret: string;
  /** Redirect URIs after login, like `https://langfuse.example.com/api/auth/callback/keycloak`. */
  readonly redirectUris: readonly string[];
  /** Allowed CORS origins, like `https://langfuse.example.com`. */
  readonly webOrigins: readonly string[];
  /** Redirect URIs after logout, like `https://langfuse.example.com/*`. */
  readonly postLogoutRedirectUris: readonly string[];
  /** @default KeycloakClientForm.CONFIG_CLI */
  readonly form?: KeycloakClientForm;
  /**
   * Name of the Keycloak CR (realm-import form only).
   * @default 'keycloak'
   */
  readonly keycloakCrName?: string;
  /**
   * Whether the realm already exists; the realm-import form refuses an existing realm.
   * @default true
   */
  readonly realmExists?: boolean;
  /**
   * Name of the ConfigMap or KeycloakRealmImport and of the Secret.
   * @default '<clientId>-keycloak-client'
   */
  readonly name?: string;
  /**
   * Name of the variable (Secret key) that carries the client secret.
   * @default '<CLIENT_ID>_CLIENT_SECRET', like LANGFUSE_CLIENT_SECRET
   */
  readonly secretEnvName?: string;
  /**
   * Namespace of Keycloak.
   * @default - the chart's namespace
   */
  readonly namespace?: string;
  /**
   * defaultClientScopes (the reference deployment's Langfuse client: profile, email, offline_access).
   * Keycloak 25+ puts the `sub` claim in the `basic` scope: list it when the realm has it.
   * @default - the realm's default client scopes
   */
  readonly defaultClientScopes?: readonly string[];
  /** optionalClientScopes (the reference: address, phone). @default - the realm's optional client scopes */
  readonly optionalClientScopes?: readonly string[];
}

/** The ConfigMap/Secret name and the secret's variable of a client id: `<id>-keycloak-client` and `<ID>_CLIENT_SECRET`. */
export function keycloakClientNames(clientId: string): { readonly name: string; readonly secretEnvName: string } {
  return {
    name: `${clientId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}-keycloak-client`,
    secretEnvName: `${clientId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_CLIENT_SECRET`,
  };
}

/**
 * A confidential OIDC client for a web app that signs in through Keycloak: authorization-code
 * flow only (no direct grants, service account or implicit flow), PKCE with S256, the app's
 * redirect, web origin and post-logout URIs, and its secret in a SOPS Secret, in the form the
 * cluster's Keycloak consumes (see `KeycloakClientForm`).
 *
 * The client keeps Keycloak's realm default client scopes (in Keycloak 25+ they include `basic`,
 * which carries the `sub` claim that sign-in needs).
 */
export class KeycloakClient extends Construct {
  public readonly clientId: string;
  public readonly realm: string;
  public readonly form: KeycloakClientForm;
  public readonly name: string;
  public readonly secretEnvName: string;
  public readonly secret: SopsSecret;
  /** The client as a Keycloak ClientRepresentation, secret as a placeholder. */
  public readonly representation: KeycloakClientRepresentation;
  /** The keycloak-config-cli fragment (config-cli form). */
  public readonly configMap?: k8s.KubeConfigMap;
  /** The operator's realm import (realm-import form). */
  public readonly realmImport?: KeycloakRealmImport;

  constructor(scope: Construct, id: string, props: KeycloakClientProps) {
    super(scope, id);
    const clientId = props.clientId ?? 'langfuse';
    const form = props.form ?? KeycloakClientForm.CONFIG_CLI;
    const realmExists = props.realmExists ?? true;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(clientId)) throw new Error(`keycloak client clientId must be letters, digits, ".", "_" or "-" (got "${clientId}")`);
    const at = (prop: string) => `keycloak client ${clientId}: ${prop}`;
    checkProp(at('realm'), props.realm, keycloakRealm());
    checkProp(at('clientSecret'), props.clientSecret, clientSecret(), { secret: true });
    if (props.redirectUris.length === 0) throw new Error(`${at('redirectUris')} must list at least one URI (got none)`);
    for (const [prop, uris] of [['redirectUris', props.redirectUris], ['webOrigins', props.webOrigins], ['postLogoutRedirectUris', props.postLogoutRedirectUris]] as const) {
      uris.forEach((uri, i) => {
        if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(uri)) throw new Error(`${at(`${prop}[${i}]`)} must be an https:// URL (got "${withoutUserinfo(uri)}")`);
      });
    }
    if (form === KeycloakClientForm.REALM_IMPORT && realmExists) {
      throw new Error(`keycloak client ${clientId} cannot be added to the existing realm "${props.realm}" with a KeycloakRealmImport: `
        + 'the operator only creates realms and skips one that exists; use the config-cli form, or set realmExists: false for a new realm');
    }
    this.clientId = clientId;
    this.realm = props.realm;
    this.form = form;
    this.name = props.name ?? keycloakClientNames(clientId).name;
    this.secretEnvName = props.secretEnvName ?? keycloakClientNames(clientId).secretEnvName;
    if (!/^[A-Z_][A-Z0-9_]*$/.test(this.secretEnvName)) throw new Error(`${at('secretEnvName')} must be UPPER_SNAKE_CASE (got "${this.secretEnvName}")`);
    checkProp(at('name'), this.name, dnsSubdomain());
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error(`${at('namespace')} is required (got none, and its chart has none)`);
    checkProp(at('namespace'), namespace, dnsLabel());
    const labels = { 'app.kubernetes.io/name': clientId, 'app.kubernetes.io/component': 'keycloak-client' };

    this.secret = new SopsSecret(this, 'Secret', { name: this.name, namespace, labels, stringData: { [this.secretEnvName]: props.clientSecret } });

    const client = (secret: string): KeycloakClientRepresentation => ({
      clientId,
      name: props.displayName ?? clientId,
      enabled: true,
      protocol: 'openid-connect',
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret,
      standardFlowEnabled: true,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      implicitFlowEnabled: false,
      redirectUris: [...props.redirectUris],
      webOrigins: [...props.webOrigins],
      attributes: {
        'pkce.code.challenge.method': 'S256',
        'post.logout.redirect.uris': props.postLogoutRedirectUris.join('##'),
      },
      defaultClientScopes: props.defaultClientScopes && props.defaultClientScopes.length > 0 ? [...props.defaultClientScopes] : undefined,
      optionalClientScopes: props.optionalClientScopes && props.optionalClientScopes.length > 0 ? [...props.optionalClientScopes] : undefined,
    });

    if (form === KeycloakClientForm.CONFIG_CLI) {
      this.representation = client(`$(env:${this.secretEnvName})`);
      this.configMap = new k8s.KubeConfigMap(this, 'Resource', {
        metadata: { name: this.name, namespace, labels: { ...labels, 'app.kubernetes.io/part-of': 'keycloak-config-cli' } },
        data: { [`${this.name}.json`]: JSON.stringify({ realm: props.realm, clients: [this.representation] }, null, 2) + '\n' },
      });
      placeInFile(this.configMap, 'configmap.yaml');
    } else {
      this.representation = client(`\${${this.secretEnvName}}`);
      this.realmImport = new KeycloakRealmImport(this, 'Resource', {
        metadata: { name: this.name, namespace, labels },
        spec: {
          keycloakCrName: props.keycloakCrName ?? 'keycloak',
          realm: { realm: props.realm, enabled: true, clients: [this.representation] },
          placeholders: { [this.secretEnvName]: { secret: { name: this.name, key: this.secretEnvName } } },
        },
      });
      placeInFile(this.realmImport, 'keycloakrealmimport.yaml');
    }
  }
}

/** A Keycloak ClientRepresentation, as both keycloak-config-cli and the operator take it. */
export type KeycloakClientRepresentation = KeycloakRealmImportSpecRealmClients;

/** The OIDC URIs of a Langfuse at `url` (its NEXTAUTH_URL, like `https://langfuse.example.com`). */
export function langfuseOidcUris(url: string): Pick<KeycloakClientProps, 'redirectUris' | 'webOrigins' | 'postLogoutRedirectUris'> {
  return {
    redirectUris: [`${url}/api/auth/callback/keycloak`],
    webOrigins: [url],
    postLogoutRedirectUris: [`${url}/*`],
  };
}
