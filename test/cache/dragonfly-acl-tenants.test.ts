import { parseConfig } from '../../lib/config/load';
import { configProblems, findObject, minimalRaw, synthObjects } from '../support/fixtures';
import { referenceClusterYaml, referenceConfigRaw } from '../reference/support';

const ACL = {
  dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_password: 'Dragonfly+Password/0123', dragonfly_langfuse_password: 'Acl+Password/0123456789',
};
const aclFile = (raw: Record<string, unknown>) => findObject(synthObjects(raw), 'Secret', 'dragonfly-acl').stringData['acl.conf'] as string;

describe('the Dragonfly ACL coexists with the shared Dragonfly\'s other users', () => {
  test('keeps every extra user with its own keys, channels and commands, next to Langfuse\'s restricted user', () => {
    // GIVEN a config imported from the reference, whose Dragonfly also serves keycloak, appcache, litellm and mcpgateway
    const raw = referenceClusterYaml();
    // WHEN
    const lines = aclFile(referenceConfigRaw()).trimEnd().split('\n');
    // THEN
    expect(lines).toEqual([
      `USER default ON >${raw.dragonfly_password} resetkeys ~* resetchannels allchannels -@all +@all`,
      `USER keycloak ON >${raw.dragonfly_keycloak_password} resetkeys ~keycloak:* resetchannels -@all +@read +@write +@connection -@dangerous`,
      `USER appcache ON >${raw.dragonfly_appcache_password} resetkeys ~cache:* resetchannels -@all +@read +@write +@connection -@dangerous`,
      `USER litellm ON >${raw.dragonfly_litellm_password} resetkeys ~litellm:* resetchannels -@all +@read +@write +@connection -@dangerous`,
      `USER mcpgateway ON >${raw.dragonfly_mcpgateway_password} resetkeys ~* resetchannels allchannels -@all +@all -@dangerous +info`,
      `USER langfuse ON >${raw.dragonfly_langfuse_password} resetkeys ~langfuse:* resetchannels -@all +@all -@dangerous +info +config`,
    ]);
  });

  test('never locks out the reference\'s default user: "all-keys" keeps its access and its password', () => {
    expect(aclFile({ ...minimalRaw(), ...ACL, dragonfly_acl_default_user: 'all-keys' }).split('\n')[0])
      .toBe('USER default ON >Dragonfly+Password/0123 resetkeys ~* resetchannels allchannels -@all +@all');
  });

  test('without extra users or the all-keys default, the file is what it was: default may only PING', () => {
    expect(aclFile({ ...minimalRaw(), ...ACL })).toBe('USER default ON >Dragonfly+Password/0123 resetkeys resetchannels -@all +ping +auth +hello\n'
      + 'USER langfuse ON >Acl+Password/0123456789 resetkeys ~langfuse:* resetchannels -@all +@all -@dangerous +info +config\n');
  });

  test.each([
    ['a user named like Langfuse\'s own', [{ username: 'langfuse', password: 'Password0123456789' }], /dragonfly_acl_extra_users.0.username: must not be "langfuse"/],
    ['the default user', [{ username: 'default', password: 'Password0123456789' }], /must not be "default"/],
    ['a user twice', [{ username: 'a', password: 'Password0123456789' }, { username: 'a', password: 'Password0123456789' }], /must not repeat another user/],
    ['a password with a space', [{ username: 'a', password: 'Pass word0123456789' }], /must not contain spaces/],
    ['a key glob with a leading ~', [{ username: 'a', password: 'Password0123456789', keys: ['~a:*'] }], /without whitespace and without a leading ~/],
    ['an unknown field', [{ username: 'a', password: 'Password0123456789', rules: '+@all' }], /dragonfly_acl_extra_users.0.rules: unknown field/],
  ])('refuses %s', (_what, users, message) => {
    expect(configProblems({ ...minimalRaw(), ...ACL, dragonfly_acl_extra_users: users }).join('\n')).toMatch(message);
  });

  test('extra users need the ACL this tool writes, and all-keys needs the default user\'s password', () => {
    expect(configProblems({ ...minimalRaw(), dragonfly_acl_extra_users: [{ username: 'a', password: 'Password0123456789' }] }))
      .toContain('dragonfly_acl_extra_users: needs dragonfly_enabled and dragonfly_acl_enabled: true (the users go into the acl.conf this tool writes)');
    const { dragonfly_password: _unused, ...withoutPassword } = ACL;
    expect(configProblems({ ...minimalRaw(), ...withoutPassword, dragonfly_acl_default_user: 'all-keys' }).join('\n'))
      .toMatch(/dragonfly_password: is required when dragonfly_acl_default_user is "all-keys"/);
  });

  test('no password of an extra user is shown in an error', () => {
    let problems = '';
    try {
      parseConfig({ ...minimalRaw(), ...ACL, dragonfly_acl_extra_users: [{ username: 'a', password: '>SecretValue0123' }] }, 'test');
    } catch (e) {
      problems = (e as Error).message;
    }
    expect(problems).toMatch(/dragonfly_acl_extra_users.0.password = <hidden[^>]*>: must not start with ">" or "<"/);
    expect(problems).not.toContain('SecretValue0123');
  });
});
