/**
 * The runbook a user would write instead of the action: the same rotation
 * with the AWS CLI and kubectl, one command after another, as a shell step
 * runs them. It is the generous version: the token is minted in-process (no
 * `openssl rand`), commands are spawned directly (no shell), and it checks
 * less than the action does. Its `kubectl wait` passes on a Ready=True left
 * by an earlier sync, there is no verify and no confirm, and the token is on
 * a command line, where `ps` shows it.
 */
import { randomBytes } from 'node:crypto';
import { timeProcess } from './measure.ts';

export interface RunbookTarget {
  readonly ssmEndpoint: string;
  readonly region: string;
  readonly parameterName: string;
  readonly kubeconfigPath: string;
  readonly namespace: string;
  readonly externalSecret: string;
  readonly deployment: string;
  /** Environment for both CLIs: PATH, a scratch HOME, fake AWS credentials. */
  readonly env: Readonly<Record<string, string>>;
}

export interface RunbookRun {
  readonly token: string;
  readonly version: number;
  readonly durationMs: number;
  /** Each command's wall time, in order. */
  readonly steps: readonly { readonly name: string; readonly durationMs: number }[];
}

interface Command {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
}

const aws = (target: RunbookTarget, args: readonly string[]): string[] => [
  'ssm',
  ...args,
  '--endpoint-url',
  target.ssmEndpoint,
  '--region',
  target.region,
  '--output',
  'json',
];

const kubectl = (target: RunbookTarget, args: readonly string[]): string[] => ['--kubeconfig', target.kubeconfigPath, '-n', target.namespace, ...args];

/** `--value=` keeps a token that starts with '-' from being read as an option. */
const putParameter = (target: RunbookTarget, token: string): Command => ({
  name: 'aws ssm put-parameter',
  command: 'aws',
  args: aws(target, ['put-parameter', '--name', target.parameterName, `--value=${token}`, '--type', 'SecureString', '--overwrite']),
});

/** What follows the write; the labels need the version put-parameter printed. */
const afterTheWrite = (target: RunbookTarget, version: number, runId: string): Command[] => [
  {
    name: 'aws ssm label-parameter-version current',
    command: 'aws',
    args: aws(target, ['label-parameter-version', '--name', target.parameterName, '--parameter-version', String(version), '--labels', 'current']),
  },
  {
    name: 'aws ssm label-parameter-version previous',
    command: 'aws',
    args: aws(target, ['label-parameter-version', '--name', target.parameterName, '--parameter-version', String(version - 1), '--labels', 'previous']),
  },
  {
    name: 'kubectl annotate force-sync',
    command: 'kubectl',
    args: kubectl(target, ['annotate', `externalsecret/${target.externalSecret}`, `force-sync=${runId}`, '--overwrite']),
  },
  {
    name: 'kubectl wait externalsecret',
    command: 'kubectl',
    args: kubectl(target, [
      'wait',
      '--for=jsonpath={.status.conditions[?(@.type=="Ready")].reason}=SecretSynced',
      `externalsecret/${target.externalSecret}`,
      '--timeout=60s',
    ]),
  },
  {
    name: 'kubectl rollout restart',
    command: 'kubectl',
    args: kubectl(target, ['rollout', 'restart', `deployment/${target.deployment}`]),
  },
  {
    name: 'kubectl rollout status',
    command: 'kubectl',
    args: kubectl(target, ['rollout', 'status', `deployment/${target.deployment}`, '--timeout=60s']),
  },
];

/** Runs the runbook once, timed from the first command's spawn to the last one's exit. */
export async function runRunbook(target: RunbookTarget, runId: string): Promise<RunbookRun> {
  const token = randomBytes(32).toString('base64url');
  const steps: { name: string; durationMs: number }[] = [];
  const run = async (step: Command): Promise<string> => {
    const result = await timeProcess(step.command, step.args, { env: target.env });
    steps.push({ name: step.name, durationMs: result.durationMs });
    if (result.exitCode !== 0) throw new Error(`${step.name} failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    return result.stdout;
  };
  const started = performance.now();
  const version = (JSON.parse(await run(putParameter(target, token))) as { Version: number }).Version;
  for (const step of afterTheWrite(target, version, runId)) await run(step);
  return { token, version, durationMs: performance.now() - started, steps };
}
