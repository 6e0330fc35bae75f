import { join } from 'node:path';
import type { ComponentSpec } from './spec.ts';

/**
 * Argo Rollouts' controller, v1.9.2, run outside a cluster. Every flag and behaviour below is read from
 * github.com/argoproj/argo-rollouts@v1.9.2; paths are in that module.
 *
 * Why v1.9.2: the newest release the proxy lists that builds with this machine's Go 1.26.8. v1.9.3 and
 * v1.10.x declare `go 1.26.10` in their go.mod, so they need GOTOOLCHAIN=go1.27.3 in every shell.
 * v1.9.2 pins k8s.io/* v0.34.1, the minor release of the tier's kube-apiserver (v1.34.2).
 */

export const ARGO_ROLLOUTS_VERSION = 'v1.9.2';
export const ARGO_ROLLOUTS_MODULE = 'github.com/argoproj/argo-rollouts';

/** controller/controller.go DefaultHealthzPort and DefaultMetricsPort; both bound on "0.0.0.0:%d" (listenAddr). */
export const ARGO_HEALTHZ_PORT = 8080;
export const ARGO_METRICS_PORT = 8090;

/**
 * The CRDs, from manifests/crds/kustomization.yaml of the module, applied in this order. `moduleDir` is
 * the module's folder in the Go module cache: `go list -m -f '{{.Dir}}' github.com/argoproj/argo-rollouts`
 * run in e2e/go/argo-rollouts.
 */
export const ARGO_CRD_FILES = [
  'rollout-crd.yaml',
  'experiment-crd.yaml',
  'analysis-run-crd.yaml',
  'analysis-template-crd.yaml',
  'cluster-analysis-template-crd.yaml',
] as const;

export const argoCrdPaths = (moduleDir: string): string[] => ARGO_CRD_FILES.map((file) => join(moduleDir, 'manifests', 'crds', file));

export interface ArgoRolloutsOptions {
  /**
   * `--namespaced`: watch only the kubeconfig's namespace, here given by the kubectl override flag
   * `--namespace` (cmd/rollouts-controller/main.go: clientConfig.Namespace() when namespaced).
   * Undefined: every namespace.
   */
  readonly namespace: string | undefined;
}

export function argoRolloutsArgs(kubeconfig: string, ports: Readonly<Record<string, number>>, options: ArgoRolloutsOptions): string[] {
  const args = [
    `--kubeconfig=${kubeconfig}`,
    // controller/controller.go DefaultLeaderElect = true; off, it runs at once in single-instance mode.
    '--leader-elect=false',
    `--healthzPort=${String(ports.healthz ?? ARGO_HEALTHZ_PORT)}`,
    // --metricsport (lower case) is deprecated in main.go in favour of --metricsPort.
    `--metricsPort=${String(ports.metrics ?? ARGO_METRICS_PORT)}`,
    '--logformat=json',
  ];
  if (options.namespace !== undefined) args.push('--namespaced', `--namespace=${options.namespace}`);
  return args;
}

export function argoRolloutsSpec(options: ArgoRolloutsOptions = { namespace: undefined }): ComponentSpec {
  return {
    name: 'argo-rollouts',
    binary: 'rollouts-controller',
    build: {
      module: 'argo-rollouts',
      packages: [`${ARGO_ROLLOUTS_MODULE}/cmd/rollouts-controller`],
      binaries: ['rollouts-controller'],
      // The Makefile's stamp (utils/version.version from the tag without "v"). The proxy gives no commit,
      // so the controller says v1.9.2+unknown where a release image says v1.9.2+<commit>.
      ldflags: `-s -w -X ${ARGO_ROLLOUTS_MODULE}/utils/version.version=${ARGO_ROLLOUTS_VERSION.slice(1)} -X ${ARGO_ROLLOUTS_MODULE}/utils/version.gitTreeState=clean`,
      version: { args: ['--version'] },
    },
    args: (kubeconfig, ports) => argoRolloutsArgs(kubeconfig, ports, options),
    env: (_kubeconfig, namespace) => ({
      // utils/defaults/defaults.go Namespace(): where it reads ConfigMap argo-rollouts-config and the
      // notification ConfigMap/Secret; without it, the service-account file, then "argo-rollouts".
      POD_NAMESPACE: namespace,
    }),
    innerPorts: [
      { name: 'healthz', port: ARGO_HEALTHZ_PORT },
      { name: 'metrics', port: ARGO_METRICS_PORT },
    ],
    // controller/controller.go startLeading logs "Started controller" once every informer cache has
    // synced and the workers run; /healthz answers "ok" from the start, before that (controller/healthz.go).
    ready: { logLine: /Started controller/ },
    expectedVersion: /^v1\.9\.2\+unknown$/,
  };
}
