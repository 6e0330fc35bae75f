// The fixed ports and names `npm run local-servers` (local-run.ts) uses, which
// .env.example names: SSM on 45830 and Kubernetes on 45831, above the usual
// development ports; the test suite's own servers take free ports (port 0).
export const LOCAL_PORTS = { ssm: 45830, kube: 45831 } as const;
/** What `.env.example` names: the parameter, the ExternalSecret, the Deployment, the credentials. */
export const LOCAL_WORLD = {
  parameterName: '/sandbox/rotate-deploy-token/local',
  namespace: 'default',
  externalSecret: 'deploy-token',
  workload: 'api',
  region: 'us-east-1',
  accessKeyId: 'AKIDLOCALRUN',
  secretAccessKey: 'local',
  kubeconfig: '.local/kubeconfig.yaml',
} as const;
