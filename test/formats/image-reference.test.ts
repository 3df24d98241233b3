import { parseImageReference, pinnedImageProblem } from '../../lib/formats/image-reference';

describe('image references (distribution/reference grammar)', () => {
  test.each([
    ['prom/statsd-exporter:v0.28.0', { path: 'prom/statsd-exporter', tag: 'v0.28.0' }],
    ['ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie', { domain: 'ghcr.io', path: 'cloudnative-pg/postgresql', tag: '18.1-standard-trixie' }],
    ['registry.example.com:5000/team/app:1.2.3', { domain: 'registry.example.com:5000', path: 'team/app', tag: '1.2.3' }],
    ['localhost/app:dev', { domain: 'localhost', path: 'app', tag: 'dev' }],
    [`nginx@sha256:${'a'.repeat(64)}`, { path: 'nginx', digest: `sha256:${'a'.repeat(64)}` }],
    [`nginx:1.27@sha256:${'b'.repeat(64)}`, { path: 'nginx', tag: '1.27', digest: `sha256:${'b'.repeat(64)}` }],
    ['a/b__c/d-e.f:latest', { path: 'a/b__c/d-e.f', tag: 'latest' }],
    ['[::1]:5000/app:1', { domain: '[::1]:5000', path: 'app', tag: '1' }],
  ])('parses %s', (reference, expected) => {
    expect(parseImageReference(reference)).toEqual(expect.objectContaining(expected));
  });

  test.each([
    ['prom/Statsd-exporter:v1', /repository path/],
    ['prom//statsd-exporter:v1', /repository path/],
    ['prom/statsd_-exporter:v1', /repository path/],
    ['prom/statsd-exporter:-v1', /invalid tag/],
    [`prom/statsd-exporter:${'v'.repeat(129)}`, /invalid tag/],
    ['prom/statsd-exporter@sha256:abc', /invalid digest/],
    ['prom/statsd-exporter:v1 ; rm -rf /', /repository path/],
    ['prom/statsd-exporter:v1;id', /invalid tag/],
    ['', /no repository name/],
    ['exa_mple.com/app:1', /repository path|invalid registry/],
    ['$(id)/app:1', /repository path/],
  ])('rejects %j', (reference, message) => {
    expect(parseImageReference(reference)).toMatch(message);
  });

  test('a pinned image has a tag other than latest or a digest', () => {
    expect(pinnedImageProblem('prom/statsd-exporter:v0.28.0')).toBeUndefined();
    expect(pinnedImageProblem(`prom/statsd-exporter@sha256:${'a'.repeat(64)}`)).toBeUndefined();
    expect(pinnedImageProblem('registry.example.com:5000/statsd-exporter')).toMatch(/must be pinned/);
    expect(pinnedImageProblem('prom/statsd-exporter:latest')).toMatch(/must be pinned/);
    expect(pinnedImageProblem('prom/statsd exporter:v1')).toMatch(/must be an image reference/);
  });
});
