import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argoRolloutsSpec } from './components/argo-rollouts.ts';
import { reloaderSpec } from './components/reloader.ts';

/** What the e2e tier builds, where it puts it, and how each binary reports its version. */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.e2e-cache');
export const BIN = join(CACHE, 'bin');
export const MOTO_VENV = join(CACHE, 'moto-venv');
/** The running world's facts, for the scenarios (written by e2e/setup.mjs). */
export const FACTS_FILE = join(CACHE, 'world.json');
export const MOTO_REQUIREMENT = 'moto[server]==5.2.6';

export const KUBERNETES_VERSION = 'v1.34.2';

export interface GoComponent {
  /** The folder under e2e/go/ holding the module that requires it. */
  readonly module: string;
  /** Package paths to `go build`, one binary each. */
  readonly packages: readonly string[];
  /** The binaries those packages produce in BIN. */
  readonly binaries: readonly string[];
  readonly ldflags: string;
  /** How to ask the first binary for its version: its own flag, or `go version -m` for a module path. */
  readonly version: { readonly args: readonly string[] } | { readonly module: string };
}

// The version stamps `hack/lib/version.sh` of k8s.io/kubernetes sets; without them the binaries say v0.0.0-master.
const kubeVersion = ['gitVersion=' + KUBERNETES_VERSION, 'gitMajor=1', 'gitMinor=34', 'gitTreeState=clean']
  .map((pair) => `-X k8s.io/component-base/version.${pair}`)
  .join(' ');

export const GO_COMPONENTS: readonly GoComponent[] = [
  {
    module: 'kubernetes',
    packages: ['k8s.io/kubernetes/cmd/kube-apiserver', 'k8s.io/kubernetes/cmd/kube-controller-manager', 'k8s.io/kubernetes/cmd/kube-scheduler'],
    binaries: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
    ldflags: `-s -w ${kubeVersion}`,
    version: { args: ['--version'] },
  },
  { module: 'etcd', packages: ['.'], binaries: ['etcd'], ldflags: '-s -w', version: { args: ['--version'] } },
  { module: 'kwok', packages: ['sigs.k8s.io/kwok/cmd/kwok'], binaries: ['kwok'], ldflags: '-s -w', version: { args: ['--version'] } },
  {
    module: 'eso',
    packages: ['github.com/external-secrets/external-secrets'],
    binaries: ['external-secrets'],
    ldflags: '-s -w',
    version: { module: 'github.com/external-secrets/external-secrets' },
  },
];

/**
 * Optional controllers (Stakater Reloader, Argo Rollouts' controller): built the same way, but a failed build
 * is recorded (optionalBuildFailure) instead of stopping the tier; the scenarios that need one skip with the reason.
 */
export const OPTIONAL_GO_COMPONENTS: readonly GoComponent[] = [reloaderSpec().build, argoRolloutsSpec().build];

/** Where build.ts writes why an optional component did not build (removed again when it builds). */
export const buildFailureFile = (module: string): string => join(BIN, `.${module}.failed`);

export const binary = (name: string): string => join(BIN, name);
export const moduleDir = (module: string): string => join(ROOT, 'e2e', 'go', module);
