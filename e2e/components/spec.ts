/**
 * How the e2e tier builds and starts one optional controller. Pure data: the fixture that starts the
 * control plane takes a list of these, builds what is missing and starts each against its kubeconfig.
 */

/** How to build the binary: the same shape as the core tier's Go components (module under e2e/go/). */
export interface GoBuild {
  /** The folder under e2e/go/ holding the small module that requires the upstream one. */
  readonly module: string;
  /** Package paths given to `go build -o .e2e-cache/bin/`; each binary takes its package's last path element. */
  readonly packages: readonly string[];
  readonly binaries: readonly string[];
  readonly ldflags: string;
  /** How the binary reports its version: its own flag, or `go version -m` naming the module it was built from. */
  readonly version: { readonly args: readonly string[] } | { readonly module: string };
}

/** A port the program opens inside its private network namespace, and the relay that exposes it on the host. */
export interface InnerPort {
  readonly name: string;
  readonly port: number;
}

export interface ComponentSpec {
  readonly name: string;
  /** File name in .e2e-cache/bin/. */
  readonly binary: string;
  readonly build: GoBuild;
  /**
   * The command line. `kubeconfig` is the path of the kubeconfig to use; `ports` maps each of
   * `innerPorts` by name to the port the program must open (inside its network namespace).
   */
  readonly args: (kubeconfig: string, ports: Readonly<Record<string, number>>) => readonly string[];
  readonly env: (kubeconfig: string, namespace: string) => Readonly<Record<string, string>>;
  /**
   * The ports the program listens on. Both programs bind every interface (0.0.0.0 / ":port") with no
   * flag to narrow it, so the tier runs each in a private network namespace whose only interface is
   * loopback (see private-network.ts); these are the ports inside it.
   */
  readonly innerPorts: readonly InnerPort[];
  /** Ready when this inner port answers 200 on the path, or when stdout/stderr shows the line. */
  readonly ready: { readonly port: string; readonly path: string } | { readonly logLine: RegExp };
  /** What the version command prints for the release pinned in the module's go.mod. */
  readonly expectedVersion: RegExp;
}

/** Ports every spec opens: the inner port numbers themselves, as a name → port map. */
export function innerPortMap(spec: ComponentSpec): Record<string, number> {
  return Object.fromEntries(spec.innerPorts.map((p) => [p.name, p.port]));
}

/** The command that prints the version: [command, ...args], run from the repository root. */
export function versionCommand(spec: ComponentSpec, binaryPath: string): readonly string[] {
  return 'args' in spec.build.version ? [binaryPath, ...spec.build.version.args] : ['go', 'version', '-m', binaryPath];
}

/** Picks the version out of what the version command printed. */
export function versionFrom(spec: ComponentSpec, output: string): string | undefined {
  const version = spec.build.version;
  if ('args' in version) return output.trim().split('\n')[0]?.trim() || undefined;
  // `go version -m` names the main package's module on a `mod` line (a `dep` line for any other module).
  const line = output.split('\n').find((l) => {
    const [kind, path] = l.trim().split(/\s+/);
    return (kind === 'dep' || kind === 'mod') && path === version.module;
  });
  return line?.trim().split(/\s+/)[2];
}
