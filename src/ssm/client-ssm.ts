/**
 * The parts of @aws-sdk/client-ssm the action uses: the client and the five
 * commands of `parameter-store.ts`.
 *
 * `npm run build` bundles this file with `scripts/bundle-client-ssm.mjs`
 * first (package.json `imports`: `#client-ssm`, condition `production`): from
 * the SDK's ES module build (`dist-es`, whose packages declare
 * `sideEffects: false`) esbuild keeps only these commands and their
 * serializers, where ncc (webpack) takes the CommonJS build (`dist-cjs`)
 * with every command, model and serializer of the SSM API.
 */
export {
  AddTagsToResourceCommand,
  GetParameterHistoryCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
