// "Local runs that work as written": `npm run local-servers` in the
// foreground, then @github/local-action (the `local-action` npm script) with an
// unchanged copy of .env.example, runs a gated rotation and its post step.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { fingerprint } from '../../src/token.ts';
import { LOCAL_PORTS, LOCAL_WORLD } from '../../local-servers/local-run-world.ts';
import { repoRoot } from '../docs/repo-files.ts';

const envExample = readFileSync(join(repoRoot, '.env.example'), 'utf8');
const envValue = (name: string): string | undefined =>
  envExample
    .split('\n')
    .find((line) => line.startsWith(`${name}=`))
    ?.slice(name.length + 1);

let servers: ChildProcess;
let printed = '';
let serversExit: Promise<number | null>;
let exited = false;
const workdir = mkdtempSync(join(tmpdir(), 'local-action-'));

beforeAll(async () => {
  servers = spawn('npm', ['run', '--silent', 'local-servers'], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  serversExit = new Promise((resolve) =>
    servers.on('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  servers.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  servers.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (!printed.includes('Ready:')) {
    if (Date.now() > deadline || servers.exitCode !== null) throw new Error(`npm run local-servers did not get ready:\n${printed}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 70_000);

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll failed before spawning it
  if (servers?.pid !== undefined && !exited) process.kill(-servers.pid, 'SIGINT');
  await serversExit;
  rmSync(workdir, { recursive: true, force: true });
});

describe('npm run local-servers with .env.example, then npm run local-action', () => {
  test('the servers print the environment .env.example already holds, on the documented fixed ports', () => {
    expect(LOCAL_PORTS).toEqual({ ssm: 45830, kube: 45831 });
    for (const name of ['AWS_ENDPOINT_URL_SSM', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'KUBECONFIG']) {
      expect(printed).toContain(`  ${name}=${envValue(name)}\n`);
    }
    expect(envValue('AWS_ENDPOINT_URL_SSM')).toBe('http://127.0.0.1:45830');
    expect(envValue('INPUT_PARAMETER-NAME')).toBe(LOCAL_WORLD.parameterName);
    expect(envValue('INPUT_DRY-RUN')).toBe('false');
  });

  test('runs a gated rotation and its post step: SSM, the Secret and the pods end on the new token', async () => {
    const script = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['local-action'];
    expect(script).toBe('npx @github/local-action . src/main.ts .env --post src/main.ts');
    // The script reads ./.env; a copy in a temporary directory leaves a developer's .env alone.
    const dotenv = join(workdir, '.env');
    copyFileSync(join(repoRoot, '.env.example'), dotenv);
    const run = spawnSync('sh', ['-c', (script ?? '').replace(' .env ', ` ${dotenv} `)], { cwd: repoRoot, encoding: 'utf8', timeout: 150_000 });
    const out = `${run.stdout}${run.stderr}`;
    expect({ status: run.status, failed: out.split('\n').filter((line) => line.includes('::error')) }).toEqual({ status: 0, failed: [] });
    for (const marker of ['MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED'])
      expect(out).toMatch(new RegExp(`::info::${marker} `));
    expect(out).toContain('Running Post Step');
    expect(out).toContain('::info::rotate-deploy-token post step: the main step reached its end; nothing to recover.');
    const printedFingerprint = /::set-output name=fingerprint::(sha256:[0-9a-f]{16})/.exec(out)?.[1];

    const ssm = new SSMClient({
      endpoint: envValue('AWS_ENDPOINT_URL_SSM') ?? '',
      region: LOCAL_WORLD.region,
      credentials: { accessKeyId: envValue('AWS_ACCESS_KEY_ID') ?? '', secretAccessKey: envValue('AWS_SECRET_ACCESS_KEY') ?? '' },
    });
    const parameter = await ssm.send(new GetParameterCommand({ Name: LOCAL_WORLD.parameterName, WithDecryption: true }));
    ssm.destroy();
    const token = parameter.Parameter?.Value ?? '';
    expect(parameter.Parameter?.Version).toBe(2);
    expect(token).toMatch(/^local_[A-Za-z0-9_-]{43}$/);
    expect(printedFingerprint).toBe(fingerprint(token));
    expect(out).not.toContain(token);

    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(join(repoRoot, envValue('KUBECONFIG') ?? ''));
    const api = kubeConfig.makeApiClient(CoreV1Api);
    const secret = await api.readNamespacedSecret({ name: LOCAL_WORLD.externalSecret, namespace: LOCAL_WORLD.namespace });
    expect(Buffer.from(secret.data?.token ?? '', 'base64').toString()).toBe(token);
    const pods = await api.listNamespacedPod({ namespace: LOCAL_WORLD.namespace, labelSelector: `app=${LOCAL_WORLD.workload}` });
    expect(pods.items.filter((pod) => !pod.metadata?.deletionTimestamp)).toHaveLength(2);
    for (const pod of pods.items) expect(JSON.stringify(pod.metadata?.annotations ?? {})).toContain(fingerprint(token));
  }, 160_000);

  test('Ctrl-C stops both servers', async () => {
    process.kill(-(servers.pid ?? 0), 'SIGINT');
    await serversExit;
    // npm stops on the SIGINT too (as with Ctrl-C in a terminal); the servers close their ports.
    const refused = (port: number): Promise<boolean> =>
      new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.on('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.on('error', () => {
          resolve(true);
        });
      });
    const closed = async (): Promise<boolean[]> => Promise.all([refused(LOCAL_PORTS.ssm), refused(LOCAL_PORTS.kube)]);
    const deadline = Date.now() + 10_000;
    while ((await closed()).includes(false) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await closed()).toEqual([true, true]);
    expect(printed).toContain('SIGINT: stopping the local servers');
  });
});
