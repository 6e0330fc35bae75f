import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { argoCrdPaths, argoRolloutsArgs, argoRolloutsSpec } from '../../e2e/components/argo-rollouts.ts';
import { launcherArgs, parseLauncherArgs, privateNetworkCommand } from '../../e2e/components/private-network.ts';
import { reloaderArgs, reloaderSpec, DEFAULT_RELOADER_OPTIONS } from '../../e2e/components/reloader.ts';
import { startHostRelays } from '../../e2e/components/relay.ts';
import { checkedVersion } from '../../e2e/components/start.ts';
import { innerPortMap, versionCommand, versionFrom } from '../../e2e/components/spec.ts';

describe('Reloader command line (github.com/stakater/Reloader@v1.4.22 internal/pkg/util/util.go)', () => {
  test.each([
    [DEFAULT_RELOADER_OPTIONS, ['--reload-strategy=env-vars', '--is-Argo-Rollouts=false', '--log-format=json']],
    [
      { namespaces: ['team-a', 'team-b'], argoRollouts: true, reloadStrategy: 'annotations', autoReloadAll: true } as const,
      ['--reload-strategy=annotations', '--is-Argo-Rollouts=true', '--log-format=json', '--namespaces=team-a,team-b', '--auto-reload-all'],
    ],
  ])('%j → %j', (options, expected) => {
    expect(reloaderArgs(options)).toEqual(expected);
  });

  test('takes its kubeconfig from $KUBECONFIG and records its version in the namespace given', () => {
    const spec = reloaderSpec();
    expect(spec.args('/k/config', { http: 9090 })).toEqual(['--reload-strategy=env-vars', '--is-Argo-Rollouts=false', '--log-format=json']);
    expect(spec.env('/k/config', 'tools')).toEqual({ KUBECONFIG: '/k/config', RELOADER_NAMESPACE: 'tools', RELOADER_DEPLOYMENT_NAME: 'reloader' });
    expect(spec.ready).toEqual({ port: 'http', path: '/live' });
    expect(innerPortMap(spec)).toEqual({ http: 9090 });
  });
});

describe("Argo Rollouts' controller command line (github.com/argoproj/argo-rollouts@v1.9.2 cmd/rollouts-controller)", () => {
  test.each([
    [
      { namespace: undefined },
      { healthz: 18080, metrics: 18090 },
      ['--kubeconfig=/k', '--leader-elect=false', '--healthzPort=18080', '--metricsPort=18090', '--logformat=json'],
    ],
    [
      { namespace: 'apps' },
      {},
      ['--kubeconfig=/k', '--leader-elect=false', '--healthzPort=8080', '--metricsPort=8090', '--logformat=json', '--namespaced', '--namespace=apps'],
    ],
  ])('%j with ports %j → %j', (options, ports, expected) => {
    expect(argoRolloutsArgs('/k', ports, options)).toEqual(expected);
  });

  test('the CRDs of manifests/crds in kustomization order', () => {
    expect(argoCrdPaths('/mod')).toEqual([
      '/mod/manifests/crds/rollout-crd.yaml',
      '/mod/manifests/crds/experiment-crd.yaml',
      '/mod/manifests/crds/analysis-run-crd.yaml',
      '/mod/manifests/crds/analysis-template-crd.yaml',
      '/mod/manifests/crds/cluster-analysis-template-crd.yaml',
    ]);
  });

  test('is ready on its "Started controller" line and reads its ConfigMap from POD_NAMESPACE', () => {
    const spec = argoRolloutsSpec();
    expect(spec.env('/k', 'tools')).toEqual({ POD_NAMESPACE: 'tools' });
    expect(spec.ready).toEqual({ logLine: /Started controller/ });
  });
});

describe('version commands', () => {
  test.each([
    ['/bin/rollouts-controller', argoRolloutsSpec(), ['/bin/rollouts-controller', '--version'], 'v1.9.2+unknown\n', 'v1.9.2+unknown'],
    [
      '/bin/Reloader',
      reloaderSpec(),
      ['go', 'version', '-m', '/bin/Reloader'],
      '/bin/Reloader: go1.26.8\n\tpath\tgithub.com/stakater/Reloader\n\tmod\tgithub.com/stakater/Reloader\tv1.4.22\th1:G5bghhnESM8kHbjp9OOkcOjkfNUpKfSyTVNybBF9KhA=\n\tdep\tk8s.io/client-go\tv0.35.3\th1:s1lZbpN4uI6IxeTM2cpdtrwHcSOBML1ODNTCCfsP1pg=\n',
      'v1.4.22',
    ],
    ['/bin/Reloader', reloaderSpec(), ['go', 'version', '-m', '/bin/Reloader'], '/bin/Reloader: go1.26.8\n\tpath\tgithub.com/stakater/Reloader\n', undefined],
  ])('%# %s', (path, spec, command, output, version) => {
    expect(versionCommand(spec, path)).toEqual(command);
    expect(versionFrom(spec, output)).toBe(version);
  });

  test.each([
    ['reloader', 'v1.4.22', true, reloaderSpec()],
    ['reloader', 'v1.4.21', false, reloaderSpec()],
    ['argo-rollouts', 'v1.9.2+unknown', true, argoRolloutsSpec()],
    ['argo-rollouts', 'v99.99.99+unknown', false, argoRolloutsSpec()],
  ])('%s: %s is the pinned release: %p', (_name, version, matches, spec) => {
    expect(spec.expectedVersion.test(version)).toBe(matches);
  });
});

describe('private network namespace', () => {
  const plan = { apiPort: 6443, innerPorts: { healthz: 8080, metrics: 8090 }, socketDir: '/tmp/x' };

  test('the launcher arguments read back to what was planned', () => {
    const args = launcherArgs(plan, ['/bin/c', '--flag=1']);
    expect(args).toEqual([
      '--connect',
      '6443=/tmp/x/api.sock',
      '--expose',
      '/tmp/x/healthz.sock=8080',
      '--expose',
      '/tmp/x/metrics.sock=8090',
      '--',
      '/bin/c',
      '--flag=1',
    ]);
    expect(parseLauncherArgs(args)).toEqual({
      connect: [{ port: 6443, socket: '/tmp/x/api.sock' }],
      expose: [
        { socket: '/tmp/x/healthz.sock', port: 8080 },
        { socket: '/tmp/x/metrics.sock', port: 8090 },
      ],
      command: ['/bin/c', '--flag=1'],
    });
  });

  test('unshare, then loopback up, then the launcher', () => {
    expect(privateNetworkCommand(plan, '/n/node', '/r/relay.ts', ['/bin/c']).slice(0, 12)).toEqual([
      'unshare',
      '--user',
      '--map-root-user',
      '--net',
      '--',
      'sh',
      '-c',
      'ip link set lo up && exec "$@"',
      'sh',
      '/n/node',
      '/r/relay.ts',
      '--connect',
    ]);
  });

  test.each([
    [['--connect', '6443', '--', 'c'], '--connect takes a value of the form A=B; got 6443.'],
    [['--connect', '70000=/s', '--', 'c'], '70000 is not a TCP port (1-65535).'],
    [
      ['--listen', 'a=b', '--', 'c'],
      'unknown launcher option --listen: the options are --connect PORT=SOCKET and --expose SOCKET=PORT, then -- and the command.',
    ],
    [['--expose', '/s=1'], 'the launcher needs -- followed by the command to run.'],
  ])('%j is refused: %s', (argv, sentence) => {
    expect(() => parseLauncherArgs(argv)).toThrow(sentence);
  });

  test('a socket path longer than Linux allows is refused before anything starts', () => {
    const deep = { ...plan, socketDir: `/tmp/${'d'.repeat(100)}` };
    expect(() => privateNetworkCommand(deep, 'node', 'relay.ts', ['c'])).toThrow(
      `socket path /tmp/${'d'.repeat(100)}/api.sock is longer than 107 bytes: use a shorter socketDir.`,
    );
  });
});

describe('host relays', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relay-'));
  const servers: Server[] = [];
  afterAll(() => {
    servers.forEach((s) => s.close());
    rmSync(dir, { recursive: true, force: true });
  });

  const listen = (server: Server, where: number | string): Promise<number> =>
    new Promise((done) => {
      servers.push(server);
      const ready = (): void => {
        const address = server.address();
        done(typeof address === 'object' && address !== null ? address.port : 0);
      };
      if (typeof where === 'number') server.listen(where, '127.0.0.1', ready);
      else server.listen(where, ready);
    });
  const answer = (reply: string): Server => createServer((s) => s.once('data', (d) => s.end(`${reply}:${d.toString()}`)));
  const ask = async (path: string | number, text: string): Promise<string> => {
    const { createConnection } = await import('node:net');
    return new Promise((done, fail) => {
      const socket = typeof path === 'number' ? createConnection({ host: '127.0.0.1', port: path }) : createConnection(path);
      let got = '';
      socket
        .on('data', (d) => (got += d.toString()))
        .on('end', () => {
          done(got);
        })
        .on('error', fail);
      socket.write(text);
    });
  };

  test('the API socket reaches the API port, and each exposed port reaches its inner socket', async () => {
    const apiPort = await listen(answer('api'), 0);
    await listen(answer('healthz'), join(dir, 'healthz.sock'));
    const relays = await startHostRelays({ apiPort, innerPorts: { healthz: 8080 }, socketDir: dir });
    expect(await ask(join(dir, 'api.sock'), 'GET /version')).toBe('api:GET /version');
    expect(await ask(relays.ports.healthz ?? 0, 'GET /healthz')).toBe('healthz:GET /healthz');
    await relays.close();
    await expect(ask(join(dir, 'api.sock'), 'again')).rejects.toThrow('connect ENOENT');
  });
});

describe('checkedVersion', () => {
  // `echo` stands in for the binary: the spec's version arguments are what it prints.
  const printing = (text: string) => ({ ...argoRolloutsSpec(), binary: 'echo', build: { ...argoRolloutsSpec().build, version: { args: [text] } } });

  test('returns the version the binary prints when it is the pinned release', async () => {
    expect(await checkedVersion(printing('v1.9.2+unknown'), '/bin', '/')).toBe('v1.9.2+unknown');
  });

  test('refuses another release, naming both', async () => {
    await expect(checkedVersion(printing('v99.99.99+unknown'), '/bin', '/')).rejects.toThrow(
      'argo-rollouts reports version v99.99.99+unknown, not the pinned release /^v1\\.9\\.2\\+unknown$/.',
    );
  });
});
