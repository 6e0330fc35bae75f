// Bundles src/ssm/client-ssm.ts (SSMClient and the five commands the action
// sends) into build/client-ssm/, which ncc then bundles instead of the
// source (package.json `imports`: `#client-ssm`, condition `production`).
//
// ncc resolves the SDK's packages to their CommonJS builds (`main`:
// dist-cjs), where one index file holds every command and serializer of the
// SSM API. esbuild reads their ES module builds (`module`: dist-es) and,
// since the packages declare `sideEffects: false` (@aws-sdk/core lists its
// one file that has side effects), drops every export nothing here uses.
// What the SDK loads with `import()` stays behind those calls: esbuild
// splits it into files of its own (ES module output with `splitting`), and
// ncc turns each into a chunk that is read only when the call runs. Among
// them: every credential provider after the environment variables
// (@aws-sdk/credential-provider-node, defaultProvider.js and
// remoteProvider.js: SSO, ini, process, web identity, HTTP, instance
// metadata), the STS, SSO and sign-in clients they use
// (@aws-sdk/nested-clients), and event streams, which SSM does not use.
import { build } from 'esbuild';
import { recordPackages } from './pre-bundle-licenses.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const result = await build({
  entryPoints: [path.join(root, 'src', 'ssm', 'client-ssm.ts')],
  outdir: path.join(root, 'build', 'client-ssm'),
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  // Whitespace and syntax only: names stay, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`build/client-ssm/: ${(bytes / 1024 / 1024).toFixed(2)} MB in ${Object.keys(result.metafile.outputs).length} files`);
recordPackages('client-ssm', result.metafile);
