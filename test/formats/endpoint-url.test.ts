import { endpointUrlProblem } from '../../lib/formats/endpoint-url';

const HTTP = { schemes: ['http', 'https'] };
const SMTP = { schemes: ['smtp', 'smtps'], userinfo: true, path: false, query: true };

describe('endpoint URLs, parsed with URL and accepted only in the form it writes back', () => {
  test.each([
    'http://rustfs-svc.storage.svc.cluster.local:9000', 'https://s3.example.com', 'https://s3.example.com/bucket-prefix',
    'http://10.0.0.1:9000', 'http://[::1]:9000', 'https://s3.example.com/a%20b',
  ])('accepts %s', (url) => {
    expect(endpointUrlProblem(url, HTTP)).toBeUndefined();
  });

  test.each([
    ['ftp://s3.example.com', /http:\/\/ or https:\/\//],
    ['s3.example.com', /http:\/\/ or https:\/\//],
    ['http:/s3.example.com', /http:\/\/ or https:\/\//],
    ['http://user:pass@s3.example.com', /user name or password/],
    ['http://s3.example.com/a b', /whitespace/],
    ["http://s3.example.com/'x'", /quotes/],
    ['http://s3.example.com/"x"', /quotes/],
    ['http://s3.example.com/`id`', /quotes/],
    ['http://s3.example.com\\x', /backslashes/],
    ['http://s3.example.com/\nx', /whitespace/],
    ['http://$(id).example.com', /DNS name/],
    ['http://exa_mple.com', /DNS name/],
    ['http://S3.Example.com', /canonical form.*"http:\/\/s3\.example\.com"/],
    ['http://s3.example.com:80', /canonical form/],
    ['http://s3.example.com/a/../b', /canonical form/],
    ['http://s3.example.com/?x=1', /no query/],
    ['http://s3.example.com/#x', /no fragment/],
  ])('rejects %j', (url, message) => {
    expect(endpointUrlProblem(url, HTTP)).toMatch(message);
  });

  test('a path can be refused', () => {
    expect(endpointUrlProblem('http://tempo.monitoring.svc.cluster.local:4318', { ...HTTP, path: false })).toBeUndefined();
    expect(endpointUrlProblem('http://tempo.monitoring.svc.cluster.local:4318/v1', { ...HTTP, path: false })).toMatch(/no path/);
  });

  test('SMTP URLs may carry credentials and options, and no message repeats them', () => {
    expect(endpointUrlProblem('smtp://user:p%40ss@mail.example.com:587', SMTP)).toBeUndefined();
    expect(endpointUrlProblem('smtps://mail.example.com?pool=true', SMTP)).toBeUndefined();
    const problem = endpointUrlProblem('smtp://user:Secret@MAIL.example.com:587', SMTP);
    expect(problem).toMatch(/DNS name/);
    for (const url of ['smtp://user:Secret@mail.example.com:587/x', 'smtp://user:Secret@mail.example.com:587/ x', 'smtp://user:Secret@MAIL.example.com']) {
      expect(endpointUrlProblem(url, SMTP)).not.toContain('Secret');
    }
  });
});
