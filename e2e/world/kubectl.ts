import { spawn } from 'node:child_process';

/** kubectl against the e2e cluster, asynchronous so the test process keeps serving while it runs. */

export interface KubectlResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function kubectlRaw(kubeconfig: string, args: readonly string[], stdin?: string): Promise<KubectlResult> {
  return new Promise((done, fail) => {
    const child = spawn('kubectl', ['--kubeconfig', kubeconfig, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      done({ code: code ?? 1, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

/** kubectl that must succeed; its stdout. */
export async function kubectl(kubeconfig: string, args: readonly string[], stdin?: string): Promise<string> {
  const result = await kubectlRaw(kubeconfig, args, stdin);
  if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`);
  return result.stdout;
}

/** kubectl get -o json, parsed. */
export async function getJson<T>(kubeconfig: string, args: readonly string[]): Promise<T> {
  return JSON.parse(await kubectl(kubeconfig, ['get', ...args, '-o', 'json'])) as T;
}
