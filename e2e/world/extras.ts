import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN, binary, buildFailureFile, moduleDir } from '../components.ts';
import { ARGO_ROLLOUTS_MODULE, argoCrdPaths, argoRolloutsSpec } from '../components/argo-rollouts.ts';
import { DEFAULT_RELOADER_OPTIONS, reloaderSpec } from '../components/reloader.ts';
import { innerPortMap } from '../components/spec.ts';
import type { ComponentSpec } from '../components/spec.ts';
import { checkedVersion, startComponent } from '../components/start.ts';
import type { StartedComponent } from '../components/start.ts';
import { kubectl } from './kubectl.ts';

/**
 * Optional controllers the world starts after ESO: Stakater Reloader and Argo Rollouts' controller, each
 * through components/start.ts (its own network namespace, so their all-interfaces listeners stay off the
 * host). One that did not build or does not start is recorded with the reason, and the scenarios that
 * need it skip with that reason; nothing else depends on them.
 */

export interface ExtraContext {
  readonly adminKubeconfig: string;
  /** The world's temp dir (sockets go under it: a socket path is limited to 107 bytes). */
  readonly dir: string;
  readonly logDir: string;
  /** The API server's port on 127.0.0.1. */
  readonly apiPort: number;
}

export interface ExtraComponent {
  /** The name scenarios look up in facts.extras. */
  readonly name: string;
  readonly spec: ComponentSpec;
  /** Where it keeps its own state (Reloader's meta-info ConfigMap, Argo's configuration ConfigMap). */
  readonly namespace: string;
  /** Objects to install first (CRDs), with the admin kubeconfig. */
  readonly setup?: (context: ExtraContext) => Promise<void>;
}

export interface ExtraFact {
  readonly started: boolean;
  /** The version the binary reports, when it started. */
  readonly version?: string;
  /** Why it did not start. */
  readonly reason?: string;
  /** Its command line, when it started (scenarios check a flag they need, such as Reloader's --is-Argo-Rollouts=true). */
  readonly args?: string;
}

const run = promisify(execFile);

async function goModuleDir(module: string, path: string): Promise<string> {
  const { stdout } = await run('go', ['list', '-m', '-f', '{{.Dir}}', path], {
    cwd: moduleDir(module),
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' },
  });
  return stdout.trim();
}

/** Argo Rollouts' CRDs from the module (manifests/crds, kustomization.yaml order), server-side: the Rollout CRD is too large for client-side apply. */
async function installArgoCrds(context: ExtraContext): Promise<void> {
  const dir = await goModuleDir('argo-rollouts', ARGO_ROLLOUTS_MODULE);
  await kubectl(context.adminKubeconfig, ['apply', '--server-side', ...argoCrdPaths(dir).flatMap((file) => ['-f', file])]);
  await kubectl(context.adminKubeconfig, ['wait', '--for=condition=Established', 'crd/rollouts.argoproj.io', '--timeout=60s']);
}

/**
 * In start order. Reloader comes after Argo Rollouts: it restarts Rollouts too (`--is-Argo-Rollouts=true`)
 * only when Argo's controller and CRDs are there, since it then watches Rollouts; otherwise it runs without.
 */
export function extraComponents(): readonly { readonly name: string; readonly make: (started: Readonly<Record<string, ExtraFact>>) => ExtraComponent }[] {
  return [
    { name: 'argo-rollouts', make: () => ({ name: 'argo-rollouts', spec: argoRolloutsSpec(), namespace: 'argo-rollouts', setup: installArgoCrds }) },
    {
      name: 'reloader',
      // Global mode (every namespace), annotations only: workloads without Reloader's annotations are left alone.
      make: (started) => ({
        name: 'reloader',
        spec: reloaderSpec({ ...DEFAULT_RELOADER_OPTIONS, argoRollouts: started['argo-rollouts']?.started === true }),
        namespace: 'reloader',
      }),
    },
  ];
}

/** Why it cannot start before trying: a recorded build failure, or no binary. */
function notBuilt(spec: ComponentSpec): string | undefined {
  const failure = buildFailureFile(spec.build.module);
  if (existsSync(failure)) return readFileSync(failure, 'utf8');
  if (!existsSync(binary(spec.binary))) return `${binary(spec.binary)} is not built (npm run e2e:build)`;
  return undefined;
}

async function startOne(extra: ExtraComponent, context: ExtraContext): Promise<StartedComponent & { readonly version: string }> {
  const version = await checkedVersion(extra.spec, BIN, moduleDir(extra.spec.build.module));
  await kubectl(context.adminKubeconfig, ['create', 'namespace', extra.namespace]);
  await extra.setup?.(context);
  const log = createWriteStream(join(context.logDir, `${extra.name}.log`));
  const started = await startComponent(extra.spec, {
    binDir: BIN,
    kubeconfig: context.adminKubeconfig,
    apiPort: context.apiPort,
    namespace: extra.namespace,
    socketDir: join(context.dir, 'sockets', extra.name),
    readyTimeoutMs: 90_000,
    onOutput: (chunk) => log.write(chunk),
  });
  return Object.assign(started, { version });
}

/** Starts each optional controller in turn; a failure is logged and recorded, never thrown. */
export async function startExtras(context: ExtraContext, running: StartedComponent[], log: (line: string) => void): Promise<Record<string, ExtraFact>> {
  const facts: Record<string, ExtraFact> = {};
  for (const entry of extraComponents()) {
    const extra = entry.make(facts);
    const missing = notBuilt(extra.spec);
    if (missing !== undefined) {
      log(`e2e world: ${extra.name} not started: ${missing}`);
      facts[extra.name] = { started: false, reason: missing };
      continue;
    }
    try {
      const started = await startOne(extra, context);
      running.push(started);
      log(`e2e world: ${extra.name} ${started.version} ready in ${started.readySeconds.toFixed(1)} s (pid ${String(started.pid)}, own network namespace)`);
      facts[extra.name] = { started: true, version: started.version, args: extra.spec.args(context.adminKubeconfig, innerPortMap(extra.spec)).join(' ') };
    } catch (error) {
      const reason = `${extra.name} did not start: ${error instanceof Error ? error.message : String(error)}`;
      log(`e2e world: ${reason}`);
      facts[extra.name] = { started: false, reason };
    }
  }
  return facts;
}
