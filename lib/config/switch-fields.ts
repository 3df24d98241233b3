import { z } from 'zod';
import { cronProblem } from '../formats/cron-expression';
import { dnsLabel, MAX_SECRET_LENGTH, MAX_TEXT_LENGTH } from './fields';

/**
 * Field schemas for passwords that reach a connection URL, Langfuse API keys, Flux `dependsOn`
 * references and the other values the reference deployment's keys carry. Each message says what is
 * allowed and why the rest is refused, since these rules follow what the consumer reads.
 */

// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/**
 * A password that Langfuse reads from a connection URL which this tool builds percent-encoded
 * (Postgres `DATABASE_URL`, Redis `REDIS_CONNECTION_STRING`, see lib/secrets/url-password.ts), so
 * any character works; only whitespace and control characters are refused, since Secrets, YAML
 * and Dragonfly's ACL file would each read them differently.
 */
export const connectionPassword = (min = 16) =>
  z.string().min(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` }).max(MAX_SECRET_LENGTH, { message: `must be at most ${MAX_SECRET_LENGTH} characters` })
    .refine((v) => !WHITESPACE_OR_CONTROL.test(v), {
      message: 'must not contain spaces, tabs, newlines or control characters (any other character works: the tool percent-encodes it in the connection URL)',
    });

/**
 * A password of a Dragonfly ACL user: a connection password that also fits Dragonfly's `acl.conf`
 * grammar, where `>password` sets it and a leading `>` or `<` would be read as another rule.
 */
export const dragonflyPassword = (min = 16) =>
  connectionPassword(min).refine((v) => !/^[<>]/.test(v), { message: 'must not start with ">" or "<" (Dragonfly\'s acl.conf would read it as a rule)' });

/**
 * A ClickHouse password. Langfuse's migration script pastes CLICKHOUSE_PASSWORD unencoded into the
 * query string of golang-migrate's DSN (`...?username=...&password=<it>&database=...`), where Go's
 * url.ParseQuery turns "+" into a space and "&", ";", "%" and "#" split or break the string; the same
 * variable is the password of Langfuse's ClickHouse client, so it cannot be percent-encoded. "/" and
 * "=" survive the query string and are allowed.
 */
export const clickhousePassword = (min = 16) =>
  z.string().min(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` }).max(MAX_SECRET_LENGTH, { message: `must be at most ${MAX_SECRET_LENGTH} characters` })
    .regex(/^[A-Za-z0-9._~/=-]+$/, {
      message: 'must contain only letters, digits and . _ ~ - / = (Langfuse pastes CLICKHOUSE_PASSWORD unencoded into the query string of its migration URL, '
        + 'where "+" becomes a space and & ; % # break it, and its ClickHouse client sends the same value, so it cannot be percent-encoded)',
    });

/**
 * A Langfuse API key (public or secret). Langfuse stores any string it is given
 * (LANGFUSE_INIT_PROJECT_*_KEY is `z.string()`), but its public API splits the Basic-auth value
 * at ":" and decodes it as Latin-1, and the keys travel through LiteLLM's environment and this
 * tool's Jobs: ASCII letters, digits, ".", "_" and "-" work everywhere. Langfuse's own keys look
 * like `pk-lf-<uuid>`; other forms (the reference deployment's `lf_pk_...`) are accepted with a
 * warning (lib/config/key-format-warnings.ts).
 */
export const langfuseApiKey = () =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{7,255}$/, {
    message: 'must be 8 to 256 letters, digits, ".", "_" or "-", starting with a letter or digit (Langfuse splits its Basic-auth header at ":"); '
      + 'Langfuse\'s own keys look like "pk-lf-..." and "sk-lf-..."',
  });

/** The value of a `*_flux_dependency` key: `<namespace>/<name>` of a Flux Kustomization, or "" for none. */
export const FLUX_DEPENDENCY_PATTERN = /^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)\/([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$/;

/** A Flux `dependsOn` entry written as `<namespace>/<name>`, or "" for no dependency. */
export const fluxDependencyRef = () =>
  z.string().refine((v) => v === '' || FLUX_DEPENDENCY_PATTERN.test(v), {
    message: 'must be "<namespace>/<name>" of a Flux Kustomization, like "cnpg-system/cloudnative-pg", or "" for no dependency',
  });

/** A list of distinct DNS labels (namespaces). */
export const namespaceList = () =>
  z.array(dnsLabel()).max(100, { message: 'must list at most 100 namespaces' })
    .refine((v) => new Set(v).size === v.length, { message: 'must not list a namespace twice' });

/** A five-field cron schedule (minute first), as a Kubernetes CronJob reads it. */
export const minuteCron = () =>
  z.string().superRefine((value, ctx) => {
    const problem = cronProblem(value, { seconds: false });
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A Keycloak client id or client scope name. */
export const keycloakName = () =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,254}$/, { message: 'must be 1 to 255 letters, digits, ".", "_", ":" or "-", starting with a letter or digit' });

/** A list of distinct Keycloak client scope names. */
export const keycloakScopes = () =>
  z.array(keycloakName()).max(50, { message: 'must list at most 50 scopes' })
    .refine((v) => new Set(v).size === v.length, { message: 'must not list a scope twice' });

/** A Keycloak realm role name as the role mapping of the SCIM sync names it (`default` is the fallback). */
export const realmRoleName = () =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._:-]{0,254}$/, { message: 'must be a realm role name of 1 to 255 letters, digits, spaces, ".", "_", ":" or "-"' });

/** A tag LiteLLM adds to every Langfuse trace (`langfuse_default_tags`). */
export const litellmTag = () =>
  z.string().min(1, { message: 'must not be empty' }).max(MAX_TEXT_LENGTH, { message: `must be at most ${MAX_TEXT_LENGTH} characters` })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { message: 'must be letters, digits, ".", "_", ":" or "-"' });

/** A glob of Dragonfly keys or channels without its `~`/`&` marker. */
const aclGlob = () =>
  z.string().min(1, { message: 'must not be empty' }).max(MAX_TEXT_LENGTH, { message: `must be at most ${MAX_TEXT_LENGTH} characters` })
    .regex(/^[^\s~&%][^\s]*$/, { message: 'must be a glob without whitespace and without a leading ~, & or %, like "litellm:*"' });

/** One command rule of Dragonfly's ACL language. */
const aclCommandRule = () =>
  z.string().regex(/^[+-](@[A-Za-z]+|[A-Za-z][A-Za-z0-9_|.-]*)$/, { message: 'must look like "+@all", "-@dangerous" or "+info"' });

/**
 * Another tenant of the shared Dragonfly, kept in the ACL file this tool writes so that the file
 * can replace a shared one without locking anyone out.
 */
export const dragonflyAclUser = () =>
  z.strictObject({
    username: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'must be 1 to 64 letters, digits, ".", "_" or "-"' })
      .refine((v) => v !== 'default', { message: 'must not be "default" (the default user is set with dragonfly_acl_default_user)' }),
    password: dragonflyPassword(8),
    keys: z.array(aclGlob()).max(100).default([]),
    channels: z.union([z.literal('all'), z.array(aclGlob()).max(100)], { message: 'must be "all" or a list of channel globs' }).default([]),
    commands: z.array(aclCommandRule()).min(1, { message: 'must list at least one rule, like "+@all"' }).max(100).default(['+@all']),
  }, { message: 'must be a mapping with username, password and optionally keys, channels and commands' });
