import { z } from 'zod';
/**
 * A password that Langfuse reads from a connection URL which this tool builds percent-encoded
 * (Postgres `DATABASE_URL`, Redis `REDIS_CONNECTION_STRING`, see lib/secrets/url-password.ts), so
 * any character works; only whitespace and control characters are refused, since Secrets, YAML
 * and Dragonfly's ACL file would each read them differently.
 */
export declare const connectionPassword: (min?: number) => z.ZodString;
/**
 * A password of a Dragonfly ACL user: a connection password that also fits Dragonfly's `acl.conf`
 * grammar, where `>password` sets it and a leading `>` or `<` would be read as another rule.
 */
export declare const dragonflyPassword: (min?: number) => z.ZodString;
/**
 * A ClickHouse password. Langfuse's migration script pastes CLICKHOUSE_PASSWORD unencoded into the
 * query string of golang-migrate's DSN (`...?username=...&password=<it>&database=...`), where Go's
 * url.ParseQuery turns "+" into a space and "&", ";", "%" and "#" split or break the string; the same
 * variable is the password of Langfuse's ClickHouse client, so it cannot be percent-encoded. "/" and
 * "=" survive the query string and are allowed.
 */
export declare const clickhousePassword: (min?: number) => z.ZodString;
/**
 * A Langfuse API key (public or secret). Langfuse stores any string it is given
 * (LANGFUSE_INIT_PROJECT_*_KEY is `z.string()`), but its public API splits the Basic-auth value
 * at ":" and decodes it as Latin-1, and the keys travel through LiteLLM's environment and this
 * tool's Jobs: ASCII letters, digits, ".", "_" and "-" work everywhere. Langfuse's own keys look
 * like `pk-lf-<uuid>`; other forms (the reference deployment's `lf_pk_...`) are accepted with a
 * warning (lib/config/key-format-warnings.ts).
 */
export declare const langfuseApiKey: () => z.ZodString;
/** The value of a `*_flux_dependency` key: `<namespace>/<name>` of a Flux Kustomization, or "" for none. */
export declare const FLUX_DEPENDENCY_PATTERN: RegExp;
/** A Flux `dependsOn` entry written as `<namespace>/<name>`, or "" for no dependency. */
export declare const fluxDependencyRef: () => z.ZodString;
/** A list of distinct DNS labels (namespaces). */
export declare const namespaceList: () => z.ZodArray<z.ZodString>;
/** A five-field cron schedule (minute first), as a Kubernetes CronJob reads it. */
export declare const minuteCron: () => z.ZodString;
/** A Keycloak client id or client scope name. */
export declare const keycloakName: () => z.ZodString;
/** A list of distinct Keycloak client scope names. */
export declare const keycloakScopes: () => z.ZodArray<z.ZodString>;
/** A Keycloak realm role name as the role mapping of the SCIM sync names it (`default` is the fallback). */
export declare const realmRoleName: () => z.ZodString;
/** A tag LiteLLM adds to every Langfuse trace (`langfuse_default_tags`). */
export declare const litellmTag: () => z.ZodString;
/**
 * Another tenant of the shared Dragonfly, kept in the ACL file this tool writes so that the file
 * can replace a shared one without locking anyone out.
 */
export declare const dragonflyAclUser: () => z.ZodObject<{
    username: z.ZodString;
    password: z.ZodString;
    keys: z.ZodDefault<z.ZodArray<z.ZodString>>;
    channels: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodArray<z.ZodString>]>>;
    commands: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
