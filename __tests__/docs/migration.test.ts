import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { secretValue, until } from '../action/world.ts';
import { expectNoTokenLeak } from '../fault-matrix/leak-audit.ts';
import { actionlint } from './actionlint.ts';
import { findSteps, readRepoFile, usesThisAction, yamlBlocks } from './repo-files.ts';

// docs/MIGRATION.md, followed as written: its workflows pass actionlint and their rotation step
// runs (the bundle, as the runner runs it) against the local SSM and Kubernetes servers; every
// shell command in it runs with the real AWS CLI, kubectl and git against them, and prints what
// the guide says. `gh` commands cannot reach GitHub here: they are checked against gh's manual.

const doc = readRepoFile('docs/MIGRATION.md');
const [dryRunWorkflow = '', finalWorkflow = ''] = yamlBlocks(doc);
const commands = [...doc.matchAll(/^```bash\n([\s\S]*?)^```/gm)].flatMap((match) => (match[1] ?? '').split('\n').filter((line) => line.trim() !== ''));

const PARAMETER = '/team/backend/datastore-token';
const NAMESPACE = 'backend';
const REGION = 'eu-west-1';
const CREDENTIALS = { accessKeyId: 'AKIDMIGRATION', secretAccessKey: 'local' };

let ssm: SsmServer;
let kube: KubeServer;
let dir: string;
let handMade: string;
let rotation: ActionRun | undefined;

function env(): Record<string, string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_') && key !== 'KUBECONFIG')) as Record<
    string,
    string
  >;
  return {
    ...inherited,
    HOME: dir,
    AWS_ENDPOINT_URL_SSM: ssm.url,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: REGION,
    AWS_REGION: REGION,
    AWS_CONFIG_FILE: join(dir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    KUBECONFIG: join(dir, 'kubeconfig'),
  };
}

/** Runs one line of the guide with bash, as a reader would paste it (asynchronously: the servers run in this process). */
function sh(command: string, cwd = dir): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-o', 'pipefail', '-c', command], { cwd, env: env(), encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

function command(startsWith: string): string {
  const found = commands.filter((line) => line.startsWith(startsWith));
  if (found.length !== 1) throw new Error(`docs/MIGRATION.md has ${found.length} commands starting with ${JSON.stringify(startsWith)}`);
  return found[0] ?? '';
}

/** The inputs of the workflow's step that runs this action. */
function rotateInputs(workflow: string): Record<string, string> {
  const step = findSteps(parse(workflow) as unknown, 'workflow').find((found) => usesThisAction(found.uses));
  if (!step) throw new Error('the workflow has no step that runs this action');
  return Object.fromEntries(Object.entries(step.with).map(([name, value]) => [name, String(value)]));
}

const fingerprintHex = (run: ActionRun | undefined): string => (run?.outputs.fingerprint ?? '').replace(/^sha256:/, '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'migration-'));
  writeFileSync(join(dir, 'aws-config'), '[default]\ncli_timestamp_format = iso8601\n');
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, workloads: { msPerReplica: 10 } });
  writeFileSync(join(dir, 'kubeconfig'), kube.kubeconfig());
  // The setup the guide starts from: a token minted by hand, one unlabelled SecureString version.
  handMade = randomBytes(32).toString('hex');
  ssm.store.seed({ Name: PARAMETER, Value: handMade, Type: 'SecureString' });
  kube.store.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } });
  const options = { namespace: NAMESPACE, parameterName: PARAMETER, externalSecretName: 'datastore-token', region: REGION };
  for (const object of exampleObjects(options)) kube.store.apply(object);
  await until(() => secretValue(kube, NAMESPACE, 'datastore-token') === handMade, 'ESO synced the hand-made token');
  await kube.workloads.whenSettled('Deployment', NAMESPACE, 'api', 5000);
}, 30_000);

afterAll(async () => {
  await kube.close();
  await ssm.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('docs/MIGRATION.md', () => {
  test('has the two workflows and every command the steps below run', () => {
    expect(yamlBlocks(doc)).toHaveLength(2);
    expect(commands).toHaveLength(CHECKED.length + GH.length);
    for (const line of commands) expect([...CHECKED, ...GH.map(([text]) => text)]).toContain(line);
  });

  test('both workflows pass actionlint', () => {
    expect(actionlint({ 'dry-run': dryRunWorkflow, migrated: finalWorkflow })).toBe('');
  });

  test('before you start: the parameter is a SecureString and the ExternalSecret can be force-synced', async () => {
    const type = await sh(command("aws ssm get-parameter --name /team/backend/datastore-token --query 'Parameter.[Type,Version]'"));
    expect(type).toMatchObject({ status: 0, stdout: 'SecureString\t1\n' });
    const policy = await sh(command("kubectl get externalsecret datastore-token -n backend -o jsonpath='{.spec.refreshPolicy}"));
    expect(policy).toMatchObject({ status: 0, stdout: 'OnChange\n' });
  });

  test('step 1: the dry run prints the plan and writes nothing; the POST still uses the CI secret', async () => {
    const inputs = rotateInputs(dryRunWorkflow);
    expect(inputs['dry-run']).toBe('true');
    expect(dryRunWorkflow).toContain('DATASTORE_TOKEN: ${{ secrets.DATASTORE_TOKEN }}');
    const done = await runAction({ inputs, env: env() });
    expect(done.exitCode).toBe(0);
    const plan = done.stdout.split('\n').filter((line) => line.startsWith('PLAN '));
    expect(plan.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      `PLAN ${PARAMETER}`,
      'PLAN backend/externalsecret/datastore-token',
      'PLAN backend/deployment/api',
      `PLAN ${PARAMETER}`,
      'PLAN backend/externalsecret/datastore-token',
      'PLAN backend/deployment/api',
      `PLAN ${PARAMETER}`,
    ]);
    // The guide shows the plan as the log prints it (durations aside).
    const shown = [...doc.matchAll(/^PLAN .*$/gm)].map((match) => match[0].replace(/ \(\d+ ms\)$/, ''));
    expect(plan.map((line) => line.replace(/ \(\d+ ms\)$/, ''))).toEqual(shown);
    expect(done.stdout).not.toMatch(/^(MINTED|WROTE) /m);
    expect(await sh(command("aws ssm get-parameter --name /team/backend/datastore-token --query 'Parameter.Version'"))).toMatchObject({
      status: 0,
      stdout: '1\n',
    });
    expect(ssm.store.versions(PARAMETER)).toHaveLength(1);
  }, 30_000);

  test('steps 2 and 3: the POST reads the step output in the same job; the first rotation labels and stores the token it hands out', async () => {
    const inputs = rotateInputs(finalWorkflow);
    expect(inputs['dry-run']).toBeUndefined();
    const job = (parse(finalWorkflow) as { jobs: Record<string, { steps: { id?: string; env?: Record<string, string> }[] }> }).jobs;
    expect(Object.keys(job)).toEqual(['release']);
    const steps = job.release?.steps ?? [];
    const rotateIndex = steps.findIndex((step) => step.id === 'rotate');
    const post = steps.findIndex((step) => Object.values(step.env ?? {}).includes('${{ steps.rotate.outputs.token }}'));
    expect(rotateIndex).toBeGreaterThanOrEqual(0);
    expect(post).toBeGreaterThan(rotateIndex);
    expect(finalWorkflow).not.toContain('DATASTORE_TOKEN');

    rotation = await runAction({ inputs, env: env() });
    expect(rotation.exitCode).toBe(0);
    expect(rotation.outputs).toMatchObject({ rotated: 'true', version: '2' });
    expectNoTokenLeak(rotation, [handMade, rotation.outputs.token ?? '']);

    const current = await sh(command('aws ssm get-parameter --name /team/backend/datastore-token:current'));
    const previous = await sh(command('aws ssm get-parameter --name /team/backend/datastore-token:previous'));
    expect([current.stdout, previous.stdout]).toEqual(['2\n', '1\n']);
    const stored = await sh(command('aws ssm get-parameter --name /team/backend/datastore-token --with-decryption'));
    expect(stored).toMatchObject({ status: 0, stdout: `${fingerprintHex(rotation)}\n` });
  }, 60_000);

  test('step 4: the cluster Secret holds the new token and api rolled out with it', async () => {
    expect(rotation?.exitCode).toBe(0);
    expect(await sh(command("kubectl get externalsecret datastore-token -n backend -o jsonpath='{.status.conditions"))).toMatchObject({
      status: 0,
      stdout: 'SecretSynced\n',
    });
    expect(await sh(command('kubectl get secret datastore-token'))).toMatchObject({ status: 0, stdout: `${fingerprintHex(rotation)}\n` });
    expect(await sh(command('kubectl rollout status deployment/api'))).toMatchObject({ status: 0, stdout: 'deployment "api" successfully rolled out\n' });
    const restartedAt = await sh(command('kubectl get deployment api'));
    expect(restartedAt.status).toBe(0);
    const at = Date.parse(restartedAt.stdout.trim());
    expect(at).toBeGreaterThanOrEqual(Date.parse(rotation?.outputs['rotated-at'] ?? ''));
    expect(at - Date.parse(rotation?.outputs['rotated-at'] ?? '')).toBeLessThan(60_000);
  });

  test('step 5: git grep finds the CI secret before the switch and nothing after it', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    };
    git('init', '-q');
    writeFileSync(join(repo, '.github', 'workflows', 'release.yml'), dryRunWorkflow);
    git('add', '-A');
    git('commit', '-qm', 'step 1');
    const grep = command('git grep');
    expect((await sh(grep, repo)).stdout).toContain('.github/workflows/release.yml:');
    writeFileSync(join(repo, '.github', 'workflows', 'release.yml'), finalWorkflow);
    git('commit', '-qam', 'step 2');
    expect(await sh(grep, repo)).toMatchObject({ status: 1, stdout: '' });
  });

  test.each(GH_CASES())('gh command %j is one gh documents', (line) => {
    expect(ghUsageProblems(line)).toEqual([]);
  });
});

// Each command the guide runs, by its exact text (the tests above run them).
const CHECKED = [
  "aws ssm get-parameter --name /team/backend/datastore-token --query 'Parameter.[Type,Version]' --output text",
  'kubectl get externalsecret datastore-token -n backend -o jsonpath=\'{.spec.refreshPolicy}{"\\n"}\'',
  "aws ssm get-parameter --name /team/backend/datastore-token --query 'Parameter.Version' --output text",
  "aws ssm get-parameter --name /team/backend/datastore-token:current --query 'Parameter.Version' --output text",
  "aws ssm get-parameter --name /team/backend/datastore-token:previous --query 'Parameter.Version' --output text",
  "aws ssm get-parameter --name /team/backend/datastore-token --with-decryption --query 'Parameter.Value' --output text | tr -d '\\n' | sha256sum | cut -c1-16",
  'kubectl get externalsecret datastore-token -n backend -o jsonpath=\'{.status.conditions[?(@.type=="Ready")].reason}{"\\n"}\'',
  "kubectl get secret datastore-token -n backend -o jsonpath='{.data.token}' | base64 -d | sha256sum | cut -c1-16",
  'kubectl rollout status deployment/api -n backend --timeout=120s',
  'kubectl get deployment api -n backend -o jsonpath=\'{.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}{"\\n"}\'',
  'git grep -n DATASTORE_TOKEN',
];

// gh's manual (cli.github.com/manual/gh_secret_delete, gh_secret_list): the subcommand, its
// positional arguments and flags; -R/--repo is inherited from `gh secret`.
const GH_USAGE: Record<string, { args: number; flags: string[] }> = {
  'secret delete': { args: 1, flags: ['--app', '--env', '--org', '--user', '--repo', '-a', '-e', '-o', '-u', '-R'] },
  'secret list': { args: 0, flags: ['--app', '--env', '--org', '--user', '--json', '--jq', '--template', '--repo', '-a', '-e', '-o', '-u', '-q', '-t', '-R'] },
};
const GH_BOOLEAN = new Set(['--user', '-u']);
const GH: [string][] = [
  ['gh secret list --repo your-org/backend'],
  ['gh secret delete DATASTORE_TOKEN --repo your-org/backend'],
  ['gh secret delete DATASTORE_TOKEN --env production --repo your-org/backend'],
];
function GH_CASES(): string[] {
  return commands.filter((line) => line.startsWith('gh '));
}

function ghUsageProblems(line: string): string[] {
  const words = line.split(/\s+/);
  const sub = words.slice(1, 3).join(' ');
  const usage = GH_USAGE[sub];
  if (!usage) return [`gh ${sub} is not a gh command this guide may use`];
  const problems: string[] = [];
  const args: string[] = [];
  for (let i = 3; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!word.startsWith('-')) {
      args.push(word);
      continue;
    }
    if (!usage.flags.includes(word)) problems.push(`gh ${sub} has no flag ${word}`);
    if (!GH_BOOLEAN.has(word)) i++;
  }
  if (args.length !== usage.args) problems.push(`gh ${sub} takes ${usage.args} argument(s), got ${args.length}`);
  if (sub === 'secret delete' && args[0] !== 'DATASTORE_TOKEN') problems.push('the guide deletes DATASTORE_TOKEN');
  return problems;
}
