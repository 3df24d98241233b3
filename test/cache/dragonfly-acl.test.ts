import { Chart, Testing } from 'cdk8s';
import { DragonflyAcl, DragonflyDefaultUser } from '../../lib/cache/dragonfly-acl';
import { findObject, hasObject, K8sObject, minimalRaw, renderTree, synthObjects } from '../support/fixtures';

const ACL = { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' };
const aclConf = (objects: readonly K8sObject[]) => findObject(objects, 'Secret', 'dragonfly-acl').stringData['acl.conf'] as string;
const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;
const langfuseDependsOn = (objects: readonly K8sObject[]) =>
  (findObject(objects, 'Kustomization', 'langfuse').spec.dependsOn ?? []).map((d: any) => `${d.namespace}/${d.name}`);

describe('DragonflyAcl', () => {
  describe('GIVEN Dragonfly with the ACL', () => {
    const objects = synthObjects({ ...minimalRaw(), ...ACL, dragonfly_password: 'DefaultPassword0123456789' });

    test('THEN the langfuse user may touch only langfuse:* keys, with every command but @dangerous (plus INFO and CONFIG)', () => {
      expect(aclConf(objects).split('\n')).toContain(
        'USER langfuse ON >AclPassword0123456789 resetkeys ~langfuse:* resetchannels -@all +@all -@dangerous +info +config',
      );
    });

    test('THEN the default user is locked down to PING (and the AUTH/HELLO handshake) with the Dragonfly password', () => {
      expect(aclConf(objects).split('\n')[0]).toBe('USER default ON >DefaultPassword0123456789 resetkeys resetchannels -@all +ping +auth +hello');
    });

    test('THEN Langfuse writes every key under the ACL\'s prefix: REDIS_KEY_PREFIX is langfuse: for web and worker', () => {
      expect(values(objects).langfuse.additionalEnv).toContainEqual({ name: 'REDIS_KEY_PREFIX', value: 'langfuse:' });
      expect(values(objects).redis.auth.username).toBe('langfuse');
    });

    test('THEN the Secret lives in cache, in its own Flux app dragonfly-acl with no dependency, and Langfuse waits for it', () => {
      const secret = findObject(objects, 'Secret', 'dragonfly-acl');
      expect(secret.metadata.namespace).toBe('cache');
      const ks = findObject(objects, 'Kustomization', 'dragonfly-acl');
      expect(ks.spec.targetNamespace).toBe('cache');
      expect(ks.spec.path).toBe('./kubernetes/apps/cache/dragonfly-acl/app');
      expect(ks.spec.dependsOn).toBeUndefined();
      expect(langfuseDependsOn(objects)).toEqual(expect.arrayContaining(['cache/dragonfly', 'flux-system/dragonfly-acl']));
    });

    test('THEN the ACL Secret is written to a .sops.yaml file, so the writer encrypts it', async () => {
      const files = await renderTree({ ...minimalRaw(), ...ACL });
      expect(files.map((f) => f.path)).toContain('kubernetes/apps/cache/dragonfly-acl/app/secret.sops.yaml');
    });
  });

  test('GIVEN no dragonfly_password, THEN the default user takes any password but still only PINGs', () => {
    expect(aclConf(synthObjects({ ...minimalRaw(), ...ACL })).split('\n')[0]).toBe('USER default ON nopass resetkeys resetchannels -@all +ping +auth +hello');
  });

  test('GIVEN Dragonfly without the ACL, THEN neither the Secret, its app nor the dependency exist', () => {
    const objects = synthObjects({ ...minimalRaw(), dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123456789' });
    expect(hasObject(objects, 'Secret', 'dragonfly-acl')).toBe(false);
    expect(hasObject(objects, 'Kustomization', 'dragonfly-acl')).toBe(false);
    expect(langfuseDependsOn(objects)).not.toContain('flux-system/dragonfly-acl');
  });

  test('GIVEN dragonfly_acl_name, THEN the Secret takes that name', () => {
    const objects = synthObjects({ ...minimalRaw(), ...ACL, dragonfly_acl_name: 'dragonfly-auth' });
    expect(findObject(objects, 'Secret', 'dragonfly-auth').stringData['acl.conf']).toContain('USER langfuse ON');
  });

  describe('as a library construct', () => {
    const chart = () => new Chart(Testing.app(), 'cache', { namespace: 'cache', disableResourceNameHashes: true });

    test('a user added after construction (another app\'s) is in the file, and the digest changes', () => {
      // GIVEN
      const c = chart();
      const acl = new DragonflyAcl(c, 'Acl', { users: [{ username: 'langfuse', password: 'LangfusePassword01', keyPatterns: ['langfuse:*'] }] });
      const before = acl.contentDigest;
      // WHEN
      acl.addUser({ username: 'litellm', password: 'LitellmPassword01', keyPatterns: ['litellm:*'], commandRules: ['+@read', '+@write', '+@connection'] });
      // THEN
      const conf = Testing.synth(c).find((o: any) => o.kind === 'Secret').stringData['acl.conf'];
      expect(conf).toBe([
        'USER default ON nopass resetkeys resetchannels -@all +ping +auth +hello',
        'USER langfuse ON >LangfusePassword01 resetkeys ~langfuse:* resetchannels -@all +@all',
        'USER litellm ON >LitellmPassword01 resetkeys ~litellm:* resetchannels -@all +@read +@write +@connection',
        '',
      ].join('\n'));
      expect(acl.contentDigest).not.toBe(before);
      expect(acl.aclFromSecret).toEqual({ name: 'dragonfly-acl', key: 'acl.conf' });
    });

    test('every line follows Dragonfly\'s file grammar: USER, a name, at least two rules, single spaces', () => {
      const acl = new DragonflyAcl(chart(), 'Acl', { defaultUser: DragonflyDefaultUser.disabled() });
      acl.addUser({ username: 'app', password: 'AppPassword0123' });
      for (const line of acl.aclFile.trimEnd().split('\n')) {
        const tokens = line.split(' ');
        expect(tokens[0]).toBe('USER');
        expect(tokens.length).toBeGreaterThanOrEqual(4);
        expect(tokens.every((t) => t.length > 0)).toBe(true);
      }
      expect(acl.aclFile.split('\n')[0]).toBe('USER default OFF resetpass resetkeys resetchannels -@all');
    });

    test.each([
      ['a space', 'pass word 0123', /must not contain whitespace/],
      ['a newline', 'password\n0123', /must not contain whitespace/],
      ['a leading >', '>password0123', /must not start with ">" or "<"/],
      ['too few characters', 'short', /user "app": password must be at least 8 characters \(got 5 characters\)/],
    ])('fails on a password with %s', (_what, password, message) => {
      const acl = new DragonflyAcl(chart(), 'Acl');
      expect(() => acl.addUser({ username: 'app', password })).toThrow(message);
    });

    test('fails on a default-user password with a space', () => {
      expect(() => DragonflyDefaultUser.pingOnly('two words here')).toThrow(/user "default": password must not contain whitespace/);
    });

    test('fails on a duplicate user, on "default", on a bad name, a bad pattern and a bad command rule', () => {
      const acl = new DragonflyAcl(chart(), 'Acl');
      acl.addUser({ username: 'app', password: 'AppPassword0123' });
      expect(() => acl.addUser({ username: 'app', password: 'AppPassword0123' })).toThrow(/"app" is added twice/);
      expect(() => acl.addUser({ username: 'default', password: 'AppPassword0123' })).toThrow(/set with defaultUser/);
      expect(() => acl.addUser({ username: 'a b', password: 'AppPassword0123' })).toThrow(/\(got "a b"\)/);
      expect(() => acl.addUser({ username: 'b', password: 'AppPassword0123', keyPatterns: ['~b:*'] })).toThrow(/leading ~, & or % \(got "~b:\*"\)/);
      expect(() => acl.addUser({ username: 'c', password: 'AppPassword0123', commandRules: ['all'] })).toThrow(/\(got "all"\)/);
    });
  });
});
