// Bundles src/kube/client-node.ts (KubeConfig, Watch, RequestContext, fetch)
// into build/client-node.cjs, which ncc then bundles instead of the source
// (package.json `imports`: `#client-node`, condition `production`).
//
// client-node's dist/config.js takes only createConfiguration and
// ServerConfiguration from ./gen/index.js, a file that re-exports every
// generated API and model; the package declares no `sideEffects`, so no
// bundler may drop them. Here that one import is answered by the two files
// that define those names (gen/configuration.js, gen/servers.js).
import { build } from 'esbuild';
import { recordPackages } from './pre-bundle-licenses.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const clientDist = path.join(root, 'node_modules', '@kubernetes', 'client-node', 'dist');

const onlyWhatConfigUses = {
  name: 'client-node-config-imports',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/gen\/index\.js$/ }, (args) =>
      path.join(args.resolveDir) === clientDist ? { path: 'config-gen-imports', namespace: 'client-node-shim' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'client-node-shim' }, () => ({
      resolveDir: path.join(clientDist, 'gen'),
      contents: "export { createConfiguration } from './configuration.js';\n" + "export { ServerConfiguration } from './servers.js';\n",
    }));
  },
};

const result = await build({
  entryPoints: [path.join(root, 'src', 'kube', 'client-node.ts')],
  outfile: path.join(root, 'build', 'client-node.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  legalComments: 'none',
  // Whitespace and syntax only: names stay, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // The undici that @actions/http-client brings is bundled once, for both.
  external: ['undici'],
  metafile: true,
  logLevel: 'warning',
  plugins: [onlyWhatConfigUses],
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`build/client-node.cjs: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
recordPackages('client-node', result.metafile);
