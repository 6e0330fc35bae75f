import { parseArgs } from 'node:util';
import { startSsmServer } from './server.ts';

/**
 * Starts the local SSM server from the command line:
 *   npx node local-servers/ssm/main.ts [--port 4583] [--region us-east-1]
 *     [--account-id 123456789012] [--kms-key alias/deploy ...] [--user AKID=ARN ...]
 * Prints one line with the URL, and stops on SIGINT/SIGTERM.
 */

const USAGE = `usage: node local-servers/ssm/main.ts [options]
  --port N            port on 127.0.0.1 (default 4583; 0 picks a free port)
  --region R          region in ARNs (default us-east-1)
  --account-id ID     account in ARNs (default 123456789012)
  --kms-key KEY       a KMS key SecureStrings may use besides alias/aws/ssm:
                      key id, key ARN, alias name or alias ARN (repeatable)
  --user AKID=ARN     report this principal ARN for an access key id (repeatable)
  --help              show this text`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string', default: '4583' },
      region: { type: 'string', default: 'us-east-1' },
      'account-id': { type: 'string', default: '123456789012' },
      'kms-key': { type: 'string', multiple: true, default: [] },
      user: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
} catch (error) {
  fail((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be an integer from 0 to 65535, got "${values.port}"`);
if (!/^\d{12}$/.test(values['account-id'])) fail(`--account-id must be 12 digits, got "${values['account-id']}"`);

const users: Record<string, string> = {};
for (const entry of values.user) {
  const separator = entry.indexOf('=');
  if (separator <= 0) fail(`--user must look like AKID=arn:aws:iam::123456789012:user/name, got "${entry}"`);
  users[entry.slice(0, separator)] = entry.slice(separator + 1);
}

let server;
try {
  server = await startSsmServer({
    port,
    region: values.region,
    accountId: values['account-id'],
    kmsKeys: values['kms-key'],
    users,
  });
} catch (error) {
  fail(`cannot start local SSM: ${(error as Error).message}`);
}

process.stdout.write(`local SSM listening on ${server.url}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`local SSM: error while stopping: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
