"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeycloakClient = exports.KeycloakClientForm = void 0;
exports.keycloakClientNames = keycloakClientNames;
exports.langfuseOidcUris = langfuseOidcUris;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const k8s_keycloak_org_1 = require("../../imports/k8s.keycloak.org");
const fields_1 = require("../config/fields");
const endpoint_url_1 = require("../formats/endpoint-url");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const sops_secret_1 = require("../secrets/sops-secret");
/** How the client reaches Keycloak. */
var KeycloakClientForm;
(function (KeycloakClientForm) {
    /**
     * A keycloak-config-cli realm fragment: a ConfigMap with the realm JSON (`{realm, clients}`) whose
     * client secret is `$(env:<secretEnvName>)`, and a Secret providing that variable. The cluster's
     * keycloak-config-cli Job mounts the ConfigMap into `IMPORT_FILES_LOCATIONS`, takes the Secret
     * with `envFrom` and runs with `IMPORT_VARSUBSTITUTION_ENABLED=true`. It creates or updates the
     * client in an existing realm, on every run.
     * @see https://github.com/adorsys/keycloak-config-cli
     */
    KeycloakClientForm["CONFIG_CLI"] = "config-cli";
    /**
     * The Keycloak operator's `KeycloakRealmImport`, with the secret as a placeholder from the
     * Secret. The operator only CREATES realms: if the realm already exists the import is skipped,
     * and it never updates or deletes anything afterwards. Use it only for a realm that Langfuse owns
     * and that does not exist yet.
     * @see https://www.keycloak.org/operator/realm-import
     */
    KeycloakClientForm["REALM_IMPORT"] = "realm-import";
})(KeycloakClientForm || (exports.KeycloakClientForm = KeycloakClientForm = {}));
/** The ConfigMap/Secret name and the secret's variable of a client id: `<id>-keycloak-client` and `<ID>_CLIENT_SECRET`. */
function keycloakClientNames(clientId) {
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
class KeycloakClient extends constructs_1.Construct {
    clientId;
    realm;
    form;
    name;
    secretEnvName;
    secret;
    /** The client as a Keycloak ClientRepresentation, secret as a placeholder. */
    representation;
    /** The keycloak-config-cli fragment (config-cli form). */
    configMap;
    /** The operator's realm import (realm-import form). */
    realmImport;
    constructor(scope, id, props) {
        super(scope, id);
        const clientId = props.clientId ?? 'langfuse';
        const form = props.form ?? KeycloakClientForm.CONFIG_CLI;
        const realmExists = props.realmExists ?? true;
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(clientId))
            throw new Error(`keycloak client clientId must be letters, digits, ".", "_" or "-" (got "${clientId}")`);
        const at = (prop) => `keycloak client ${clientId}: ${prop}`;
        (0, prop_checks_1.checkProp)(at('realm'), props.realm, (0, fields_1.keycloakRealm)());
        (0, prop_checks_1.checkProp)(at('clientSecret'), props.clientSecret, (0, fields_1.clientSecret)(), { secret: true });
        if (props.redirectUris.length === 0)
            throw new Error(`${at('redirectUris')} must list at least one URI (got none)`);
        for (const [prop, uris] of [['redirectUris', props.redirectUris], ['webOrigins', props.webOrigins], ['postLogoutRedirectUris', props.postLogoutRedirectUris]]) {
            uris.forEach((uri, i) => {
                if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(uri))
                    throw new Error(`${at(`${prop}[${i}]`)} must be an https:// URL (got "${(0, endpoint_url_1.withoutUserinfo)(uri)}")`);
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
        if (!/^[A-Z_][A-Z0-9_]*$/.test(this.secretEnvName))
            throw new Error(`${at('secretEnvName')} must be UPPER_SNAKE_CASE (got "${this.secretEnvName}")`);
        (0, prop_checks_1.checkProp)(at('name'), this.name, (0, fields_1.dnsSubdomain)());
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (!namespace)
            throw new Error(`${at('namespace')} is required (got none, and its chart has none)`);
        (0, prop_checks_1.checkProp)(at('namespace'), namespace, (0, fields_1.dnsLabel)());
        const labels = { 'app.kubernetes.io/name': clientId, 'app.kubernetes.io/component': 'keycloak-client' };
        this.secret = new sops_secret_1.SopsSecret(this, 'Secret', { name: this.name, namespace, labels, stringData: { [this.secretEnvName]: props.clientSecret } });
        const client = (secret) => ({
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
            this.configMap = new cdk8s_plus_28_1.k8s.KubeConfigMap(this, 'Resource', {
                metadata: { name: this.name, namespace, labels: { ...labels, 'app.kubernetes.io/part-of': 'keycloak-config-cli' } },
                data: { [`${this.name}.json`]: JSON.stringify({ realm: props.realm, clients: [this.representation] }, null, 2) + '\n' },
            });
            (0, file_placement_1.placeInFile)(this.configMap, 'configmap.yaml');
        }
        else {
            this.representation = client(`\${${this.secretEnvName}}`);
            this.realmImport = new k8s_keycloak_org_1.KeycloakRealmImport(this, 'Resource', {
                metadata: { name: this.name, namespace, labels },
                spec: {
                    keycloakCrName: props.keycloakCrName ?? 'keycloak',
                    realm: { realm: props.realm, enabled: true, clients: [this.representation] },
                    placeholders: { [this.secretEnvName]: { secret: { name: this.name, key: this.secretEnvName } } },
                },
            });
            (0, file_placement_1.placeInFile)(this.realmImport, 'keycloakrealmimport.yaml');
        }
    }
}
exports.KeycloakClient = KeycloakClient;
/** The OIDC URIs of a Langfuse at `url` (its NEXTAUTH_URL, like `https://langfuse.example.com`). */
function langfuseOidcUris(url) {
    return {
        redirectUris: [`${url}/api/auth/callback/keycloak`],
        webOrigins: [url],
        postLogoutRedirectUris: [`${url}/*`],
    };
}
