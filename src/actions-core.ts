/**
 * @actions/core, as the action imports it.
 *
 * `npm run build` bundles this file with `scripts/bundle-actions-core.mjs`
 * first (package.json `imports`: `#actions-core`, condition `production`):
 * @actions/core's `core.js` imports `oidc-utils.js` for `getIDToken` alone,
 * and that file brings @actions/http-client and undici, about 0.9 MB that
 * every run would compile at start-up. The pre-bundle loads them with
 * `import()` when `getIDToken` is called.
 */
export * from '@actions/core';
