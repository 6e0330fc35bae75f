// Bundles src/actions-core.ts (all of @actions/core) into build/actions-core/,
// which ncc then bundles instead of the source (package.json `imports`:
// `#actions-core`, condition `production`).
//
// @actions/core's lib/core.js imports OidcClient from ./oidc-utils.js, which
// imports @actions/http-client (and through it undici and tunnel); core.js
// uses it only in getIDToken, which awaits OidcClient.getIDToken(audience).
// Here that one import is answered by an OidcClient whose getIDToken loads
// the real oidc-utils.js with import() and calls it with the same argument,
// so getIDToken behaves as before and the HTTP client is compiled only when
// it runs. esbuild splits the dynamically imported part into its own file;
// its imports of core.js (debug, setSecret) are the same module, not a copy.
//
// lib/platform.js imports @actions/exec (and through it @actions/io and the
// child_process module) for getDetails alone, whose every use is `yield
// exec.getExecOutput(...)`. That import is answered by a getExecOutput that
// loads the real @actions/exec with import() and calls it with the same
// arguments, so core.platform.getDetails() behaves as before.
import { build } from 'esbuild';
import { recordPackages } from './pre-bundle-licenses.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const coreLib = path.join(root, 'node_modules', '@actions', 'core', 'lib');

const onDemand = {
  name: 'actions-core-on-demand',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer === path.join(coreLib, 'core.js') ? { path: 'oidc-utils', namespace: 'actions-core-shim' } : undefined,
    );
    builder.onResolve({ filter: /^@actions\/exec$/ }, (args) =>
      args.importer === path.join(coreLib, 'platform.js') ? { path: 'exec', namespace: 'actions-core-shim' } : undefined,
    );
    builder.onLoad({ filter: /^exec$/, namespace: 'actions-core-shim' }, () => ({
      resolveDir: coreLib,
      contents:
        'export async function getExecOutput(commandLine, args, options) {\n' +
        "  const exec = await import('@actions/exec');\n" +
        '  return exec.getExecOutput(commandLine, args, options);\n' +
        '}\n',
    }));
    builder.onLoad({ filter: /^oidc-utils$/, namespace: 'actions-core-shim' }, () => ({
      resolveDir: coreLib,
      contents:
        'export const OidcClient = {\n' +
        '  async getIDToken(audience) {\n' +
        "    const oidc = await import('./oidc-utils.js');\n" +
        '    return oidc.OidcClient.getIDToken(audience);\n' +
        '  },\n' +
        '};\n',
    }));
  },
};

const result = await build({
  entryPoints: [path.join(root, 'src', 'actions-core.ts')],
  outdir: path.join(root, 'build', 'actions-core'),
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  legalComments: 'none',
  // Whitespace and syntax only: names stay, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // Left to ncc, as without this file: undici (which @kubernetes/client-node
  // also uses) is bundled once; tunnel is CommonJS, whose require() calls
  // ncc resolves; @actions/exec and @actions/io (platform.js) call
  // path.resolve(process.cwd(), ...), which ncc reads as an asset path in a
  // file outside node_modules and would copy the project into dist/.
  external: ['undici', 'tunnel', '@actions/exec', '@actions/io'],
  metafile: true,
  logLevel: 'warning',
  plugins: [onDemand],
});
for (const [file, output] of Object.entries(result.metafile.outputs)) console.log(`${file}: ${(output.bytes / 1024).toFixed(0)} kB`);
recordPackages('actions-core', result.metafile);
