/**
 * The parts of @kubernetes/client-node the action uses: KubeConfig (reading
 * kubeconfigs and applying every auth method they carry: exec plugins, client
 * certificates, tokens, auth providers, in-cluster) and Watch. The generated
 * API clients and models are not used: requests go through `kube-request.ts`
 * with the same RequestContext, authentication and undici fetch that
 * client-node's own clients and Watch use.
 *
 * `npm run build` bundles this file with `scripts/bundle-client-node.mjs`
 * first (package.json `imports`, condition `production`), because client-node's
 * `config.js` imports `gen/index.js`, which re-exports all 60-odd generated
 * APIs and thousands of models, and the package declares no `sideEffects`, so
 * ncc (webpack) would keep all of it.
 */
export { KubeConfig } from '@kubernetes/client-node/dist/config.js';
export { Watch } from '@kubernetes/client-node/dist/watch.js';
// What client-node's generated clients send requests with: the same
// RequestContext, authentication and fetch (with its TLS dispatcher) as Watch.
export { HttpMethod, IsomorphicFetchHttpLibrary, RequestContext } from '@kubernetes/client-node/dist/gen/http/http.js';
export type { ResponseContext } from '@kubernetes/client-node/dist/gen/http/http.js';
