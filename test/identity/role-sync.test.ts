import { execFile, spawnSync } from 'child_process';
import * as http from 'http';
import { AddressInfo } from 'net';
import { ROLE_SYNC_SCRIPT } from '../../lib/identity/role-sync-script';
import { SchemaValidator } from '../../lib/validate';
import { configProblems, findObject, minimalRaw, synthObjects } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { referenceClusterYaml, referenceConfigRaw } from '../reference/support';

const ROLE_SYNC_OBJECTS = [['CronJob', 'langfuse-role-sync'], ['Secret', 'langfuse-sync-secret'], ['ConfigMap', 'langfuse-sync-config'], ['ConfigMap', 'langfuse-sync-script']];

describe('SCIM role sync, as the reference deployment has it', () => {
  const objects = synthObjects(referenceConfigRaw());

  test('its CronJob, Secret and ConfigMaps validate against their schemas', () => {
    const sync = ROLE_SYNC_OBJECTS.map(([kind, name]) => findObject(objects, kind, name));
    expect(SchemaValidator.load().validateAll(sync)).toEqual([]);
  });

  test('the CronJob runs the script on the reference\'s schedule, read-only, with secrets only by reference', () => {
    const cronJob = findObject(objects, 'CronJob', 'langfuse-role-sync');
    expect(cronJob.spec).toMatchObject({ schedule: '*/5 * * * *', concurrencyPolicy: 'Forbid' });
    const pod = cronJob.spec.jobTemplate.spec.template.spec;
    const container = pod.containers[0];
    expect(container.command).toEqual(['python3', '/scripts/sync.py']);
    expect(container.image).toBe('python:3.14-slim');
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    const env = Object.fromEntries(container.env.map((e: { name: string; value?: string; valueFrom?: unknown }) => [e.name, e.value ?? e.valueFrom]));
    expect(env).toMatchObject({
      KEYCLOAK_URL: 'http://keycloak-service.identity.svc.cluster.local:8080',
      KEYCLOAK_REALM: 'example',
      KEYCLOAK_CLIENT_ID: 'langfuse-sync',
      LANGFUSE_URL: 'http://langfuse-web.ai-system.svc.cluster.local:3000',
      KEYCLOAK_CLIENT_SECRET: { secretKeyRef: { name: 'langfuse-sync-secret', key: 'KEYCLOAK_CLIENT_SECRET' } },
      LANGFUSE_SECRET_KEY: { secretKeyRef: { name: 'langfuse-sync-secret', key: 'LANGFUSE_SECRET_KEY' } },
      ROLE_MAPPING: { configMapKeyRef: { name: 'langfuse-sync-config', key: 'ROLE_MAPPING' } },
    });
    const raw = referenceClusterYaml();
    expect(JSON.stringify(cronJob)).not.toContain(String(raw.langfuse_scim_secret_key));
    expect(findObject(objects, 'ConfigMap', 'langfuse-sync-config').data.ROLE_MAPPING).toBe('{"admin":"ADMIN","default":"VIEWER","developer":"MEMBER","operator":"MEMBER"}');
    expect(findObject(objects, 'ConfigMap', 'langfuse-sync-script').data['sync.py']).toBe(ROLE_SYNC_SCRIPT);
  });

  test('network policies cover its pods: Keycloak and web, nothing else', () => {
    const policy = findObject(synthObjects({ ...referenceConfigRaw(), network_policies_mode: 'enforce' }), 'CiliumNetworkPolicy', 'langfuse-role-sync');
    expect(policy.spec.endpointSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'langfuse-role-sync', 'app.kubernetes.io/component': 'sync' });
    const to = policy.spec.egress.map((r: { toEndpoints: Array<{ matchLabels: Record<string, string> }>; toPorts: Array<{ ports: Array<{ port: string }> }> }) =>
      `${r.toEndpoints[0].matchLabels['k8s:io.kubernetes.pod.namespace']}:${r.toPorts[0].ports.map((p) => p.port).join('/')}`);
    expect(to).toEqual(['kube-system:53/53', 'identity:8080', 'ai-system:3000']);
  });

  test('off by default, and on it needs Keycloak, the organization API key and the client secret', () => {
    expect(synthObjects(minimalRaw()).some((o) => o.kind === 'CronJob')).toBe(false);
    expect(configProblems({ ...minimalRaw(), langfuse_scim_sync_enabled: true })).toEqual(expect.arrayContaining([
      'langfuse_scim_sync_enabled: needs keycloak_enabled: true (the sync reads the users\' roles from Keycloak)',
      'langfuse_scim_public_key: is required when langfuse_scim_sync_enabled is true',
      'langfuse_scim_secret_key: is required when langfuse_scim_sync_enabled is true',
      'langfuse_sync_keycloak_client_secret: is required when langfuse_scim_sync_enabled is true',
    ]));
  });
});

const python = spawnSync('python3', ['--version']).status === 0;

describeOrSkip(python, 'python3 not found', 'the role sync script against Keycloak and Langfuse', () => {
  /** A fake Keycloak and Langfuse on one port, recording what the script sends. */
  function fakeServers(members: Array<{ id: string; userName: string }>, putStatus = 200) {
    const puts: Array<{ url: string; body: unknown; auth?: string }> = [];
    const users = [
      { id: 'u1', email: 'Alice@Example.net', enabled: true, roles: ['developer', 'admin'] },
      { id: 'u2', email: 'bob@example.net', enabled: true, roles: ['offline_access'] },
      { id: 'u3', email: 'carol@example.net', enabled: true, roles: ['operator'] },
      { id: 'u4', email: 'nobody@example.net', enabled: true, roles: ['admin'] },
      { id: 'u5', enabled: true, roles: ['admin'] },
    ];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        const url = new URL(req.url!, 'http://x');
        const json = (status: number, value: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(value)); };
        if (url.pathname === '/realms/example/protocol/openid-connect/token') {
          const form = new URLSearchParams(body);
          return form.get('client_secret') === 'sync-secret' && form.get('grant_type') === 'client_credentials' ? json(200, { access_token: 'T' }) : json(401, {});
        }
        if (url.pathname.startsWith('/admin/') && req.headers.authorization !== 'Bearer T') return json(401, {});
        if (url.pathname === '/admin/realms/example/users') {
          const first = Number(url.searchParams.get('first'));
          return json(200, users.slice(first, first + Number(url.searchParams.get('max'))).map(({ roles: _r, ...u }) => u));
        }
        const mapping = /^\/admin\/realms\/example\/users\/(\w+)\/role-mappings\/realm\/composite$/.exec(url.pathname);
        if (mapping) return json(200, users.find((u) => u.id === mapping[1])!.roles.map((name) => ({ name })));
        if (req.headers.authorization !== `Basic ${Buffer.from('pk-lf-org:sk-lf-org').toString('base64')}`) return json(401, {});
        if (url.pathname === '/api/public/scim/Users' && req.method === 'GET') {
          const start = Number(url.searchParams.get('startIndex'));
          return json(200, { totalResults: members.length, Resources: members.slice(start - 1, start - 1 + Number(url.searchParams.get('count'))) });
        }
        if (url.pathname.startsWith('/api/public/scim/Users/') && req.method === 'PUT') {
          puts.push({ url: url.pathname, body: JSON.parse(body) });
          return json(putStatus, putStatus === 200 ? {} : { detail: 'Cannot remove the last owner' });
        }
        return json(404, {});
      });
    });
    return { server, puts };
  }

  async function runScript(port: number): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = {
      PATH: process.env.PATH, KEYCLOAK_URL: `http://127.0.0.1:${port}`, KEYCLOAK_REALM: 'example', KEYCLOAK_CLIENT_ID: 'langfuse-sync', KEYCLOAK_CLIENT_SECRET: 'sync-secret',
      LANGFUSE_URL: `http://127.0.0.1:${port}/`, LANGFUSE_PUBLIC_KEY: 'pk-lf-org', LANGFUSE_SECRET_KEY: 'sk-lf-org',
      ROLE_MAPPING: JSON.stringify({ admin: 'ADMIN', operator: 'MEMBER', developer: 'MEMBER', default: 'VIEWER' }),
    };
    return new Promise((resolve) => {
      const child = execFile('python3', ['-c', ROLE_SYNC_SCRIPT], { env }, (error, stdout, stderr) => resolve({ code: error ? (error.code as number) ?? 1 : 0, stdout, stderr }));
      child.stdin?.end();
    });
  }

  test('sets each member\'s highest mapped role with SCIM PUT, "default" for users with none, and skips who is not a member yet', async () => {
    const { server, puts } = fakeServers([
      { id: 'lf-alice', userName: 'alice@example.net' }, { id: 'lf-bob', userName: 'bob@example.net' }, { id: 'lf-carol', userName: 'carol@example.net' },
    ]);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const result = await runScript((server.address() as AddressInfo).port);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const schema = ['urn:ietf:params:scim:schemas:core:2.0:User'];
      expect(puts).toEqual([
        { url: '/api/public/scim/Users/lf-alice', body: { schemas: schema, active: true, roles: ['ADMIN'] } },
        { url: '/api/public/scim/Users/lf-bob', body: { schemas: schema, active: true, roles: ['VIEWER'] } },
        { url: '/api/public/scim/Users/lf-carol', body: { schemas: schema, active: true, roles: ['MEMBER'] } },
      ]);
      expect(result.stdout).toContain('role sync: 3 memberships set, 1 Keycloak users not in Langfuse yet, 0 failed');
    } finally {
      server.close();
    }
  });

  test('a refused update (Langfuse keeps the last OWNER) is reported and fails the run', async () => {
    const { server } = fakeServers([{ id: 'lf-alice', userName: 'alice@example.net' }], 403);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const result = await runScript((server.address() as AddressInfo).port);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('could not set ADMIN for Alice@Example.net: HTTP 403');
      expect(result.stderr).not.toContain('sk-lf-org');
    } finally {
      server.close();
    }
  });
});
