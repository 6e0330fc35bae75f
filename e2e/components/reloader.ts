import type { ComponentSpec } from './spec.ts';

/**
 * Stakater Reloader v1.4.22 (the only release the module proxy lists), run outside a cluster.
 * Every flag and behaviour below is read from github.com/stakater/Reloader@v1.4.22; paths are in that module.
 */

export const RELOADER_VERSION = 'v1.4.22';
export const RELOADER_MODULE = 'github.com/stakater/Reloader';

/**
 * internal/pkg/constants/constants.go DefaultHttpListenAddr = ":9090": /live and /metrics on every
 * interface, with no flag to change it (internal/pkg/cmd/reloader.go startReloader).
 */
export const RELOADER_HTTP_PORT = 9090;

export interface ReloaderOptions {
  /**
   * `--namespaces`: watch only these (scoped mode, internal/pkg/cmd/reloader.go resolveWatchNamespaces).
   * Empty: every namespace (global mode).
   */
  readonly namespaces: readonly string[];
  /**
   * `--is-Argo-Rollouts=true` (internal/pkg/util/util.go ConfigureReloaderFlags; the flag name is
   * case-sensitive, as the Helm chart's deployment.yaml writes it): also restart Argo Rollouts
   * (internal/pkg/handler/upgrade.go). Needs the Rollout CRD installed.
   */
  readonly argoRollouts: boolean;
  /** `--reload-strategy` (internal/pkg/constants/constants.go): `env-vars` is Reloader's default. */
  readonly reloadStrategy: 'env-vars' | 'annotations';
  /** `--auto-reload-all`: treat every workload as annotated `reloader.stakater.com/auto: "true"`. */
  readonly autoReloadAll: boolean;
}

export const DEFAULT_RELOADER_OPTIONS: ReloaderOptions = { namespaces: [], argoRollouts: false, reloadStrategy: 'env-vars', autoReloadAll: false };

export function reloaderArgs(options: ReloaderOptions): string[] {
  const args = [`--reload-strategy=${options.reloadStrategy}`, `--is-Argo-Rollouts=${String(options.argoRollouts)}`, '--log-format=json'];
  if (options.namespaces.length > 0) args.push(`--namespaces=${options.namespaces.join(',')}`);
  if (options.autoReloadAll) args.push('--auto-reload-all');
  return args;
}

export function reloaderSpec(options: ReloaderOptions = DEFAULT_RELOADER_OPTIONS): ComponentSpec {
  return {
    name: 'reloader',
    // `go build -o DIR/` names the binary after the package path's last element.
    binary: 'Reloader',
    build: {
      module: 'reloader',
      packages: [RELOADER_MODULE],
      binaries: ['Reloader'],
      // The stamp Reloader's Dockerfile sets; without it the meta-info ConfigMap says "dev".
      ldflags: `-s -w -X ${RELOADER_MODULE}/pkg/common.Version=${RELOADER_VERSION}`,
      // No --version flag (internal/pkg/util/util.go lists every flag): the build info names the module.
      version: { module: RELOADER_MODULE },
    },
    // No --kubeconfig flag either: pkg/kube/client.go getConfig reads $KUBECONFIG, then ~/.kube/config,
    // then the in-cluster config.
    args: () => reloaderArgs(options),
    env: (kubeconfig, namespace) => ({
      KUBECONFIG: kubeconfig,
      // pkg/common/common.go PublishMetaInfoConfigmap: writes ConfigMap reloader-meta-info (build
      // version and options) into this namespace; without it Reloader only logs a warning.
      RELOADER_NAMESPACE: namespace,
      RELOADER_DEPLOYMENT_NAME: 'reloader',
    }),
    innerPorts: [{ name: 'http', port: RELOADER_HTTP_PORT }],
    // internal/pkg/leadership/leadership.go SetupLivenessEndpoint registers /live just before
    // ListenAndServe, after every controller goroutine has started. No log line or endpoint marks
    // the informer caches as synced (internal/pkg/controller/controller.go Run logs nothing then).
    ready: { port: 'http', path: '/live' },
    expectedVersion: /^v1\.4\.22$/,
  };
}
