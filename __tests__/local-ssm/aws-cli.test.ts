import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';

/**
 * The real AWS CLI against the local server: if botocore parses our answers
 * and errors the way it parses AWS's, the wire format is right.
 */

function findOnPath(command: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(directory, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const awsCli = findOnPath('aws');
const cliTest = awsCli ? test : test.skip;
const suiteName = awsCli ? 'AWS CLI against the local server' : 'AWS CLI against the local server (SKIPPED: `aws` is not on PATH; apt-get install -y awscli)';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

let server: SsmServer;
let configDirectory: string;

/** The CLI's environment: our credentials only, no profile or config from the machine. */
function cliEnvironment(): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
  return {
    ...inherited,
    AWS_ACCESS_KEY_ID: 'AKIDCLI',
    AWS_SECRET_ACCESS_KEY: 'local-secret',
    AWS_DEFAULT_REGION: 'us-east-1',
    // Only setting: print dates as ISO-8601, which makes botocore parse the epoch seconds we send.
    AWS_CONFIG_FILE: join(configDirectory, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
}

function aws(...args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      awsCli ?? 'aws',
      ['ssm', ...args, '--endpoint-url', server.url, '--output', 'json'],
      { env: cliEnvironment(), timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, json: stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {} });
      },
    );
  });
}

beforeAll(async () => {
  server = await startSsmServer({ kmsKeys: ['alias/deploy'] });
  configDirectory = mkdtempSync(join(tmpdir(), 'local-ssm-cli-'));
  writeFileSync(join(configDirectory, 'config'), '[default]\ncli_timestamp_format = iso8601\n');
});

afterAll(async () => {
  await server.close();
  rmSync(configDirectory, { recursive: true, force: true });
});

describe(suiteName, () => {
  cliTest(
    'put, overwrite, read, label, tag and list as a user of the CLI would',
    async () => {
      const created = await aws('put-parameter', '--name', '/cli/token', '--value', 'first-token', '--type', 'SecureString', '--description', 'deploy token');
      expect(created.code).toBe(0);
      expect(created.json).toEqual({ Version: 1, Tier: 'Standard' });

      const [overwritten, labelled, tagged, missing, tagsWithOverwrite] = await Promise.all([
        aws('put-parameter', '--name', '/cli/token', '--value', 'second-token', '--type', 'SecureString', '--key-id', 'alias/deploy', '--overwrite'),
        aws('label-parameter-version', '--name', '/cli/token', '--parameter-version', '1', '--labels', 'previous', '9lives'),
        aws('add-tags-to-resource', '--resource-type', 'Parameter', '--resource-id', '/cli/token', '--tags', 'Key=team,Value=platform', 'Key=env,Value=prod'),
        aws('get-parameter', '--name', '/cli/missing'),
        aws('put-parameter', '--name', '/cli/token', '--value', 'x', '--overwrite', '--tags', 'Key=a,Value=b'),
      ]);
      expect(overwritten.json).toEqual({ Version: 2, Tier: 'Standard' });
      expect(labelled.json).toEqual({ InvalidLabels: ['9lives'], ParameterVersion: 1 });
      expect(tagged.code).toBe(0);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('An error occurred (ParameterNotFound) when calling the GetParameter operation');
      expect(tagsWithOverwrite.stderr).toContain(
        "An error occurred (ValidationException) when calling the PutParameter operation: Invalid request: tags and overwrite can't be used together.",
      );

      const [decrypted, history, tags, described] = await Promise.all([
        aws('get-parameter', '--name', '/cli/token', '--with-decryption'),
        aws('get-parameter-history', '--name', '/cli/token', '--with-decryption'),
        aws('list-tags-for-resource', '--resource-type', 'Parameter', '--resource-id', '/cli/token'),
        aws('describe-parameters', '--parameter-filters', 'Key=Name,Values=/cli/token'),
      ]);

      expect(decrypted.json.Parameter).toEqual({
        Name: '/cli/token',
        Type: 'SecureString',
        Value: 'second-token',
        Version: 2,
        LastModifiedDate: expect.any(String),
        ARN: 'arn:aws:ssm:us-east-1:123456789012:parameter/cli/token',
        DataType: 'text',
      });
      // botocore parsed our epoch seconds into a date.
      const lastModified = (decrypted.json.Parameter as { LastModifiedDate: string }).LastModifiedDate;
      expect(Math.abs(new Date(lastModified).getTime() - Date.now())).toBeLessThan(60_000);

      const versions = history.json.Parameters as Record<string, unknown>[];
      expect(versions.map((v) => [v.Version, v.Value, v.KeyId, v.Labels, v.Description])).toEqual([
        [1, 'first-token', 'alias/aws/ssm', ['previous'], 'deploy token'],
        [2, 'second-token', 'alias/deploy', [], 'deploy token'],
      ]);
      expect(versions[0]).toMatchObject({
        Name: '/cli/token',
        Type: 'SecureString',
        LastModifiedUser: 'arn:aws:iam::123456789012:user/AKIDCLI',
        Tier: 'Standard',
        Policies: [],
        DataType: 'text',
      });
      expect(tags.json).toEqual({
        TagList: [
          { Key: 'team', Value: 'platform' },
          { Key: 'env', Value: 'prod' },
        ],
      });
      expect((described.json.Parameters as { Name: string }[]).map((p) => p.Name)).toEqual(['/cli/token']);

      expect(server.requests.all().every((record) => record.accessKeyId === 'AKIDCLI')).toBe(true);
    },
    30_000,
  );

  cliTest(
    'the CLI pages through history and surfaces a KMS denial as an AWS error',
    async () => {
      for (let i = 1; i <= 3; i += 1) server.store.seed({ Name: '/cli/paged', Value: `v${i}`, Type: 'String' });
      server.iam.allowOnly(['ssm:GetParameterHistory', 'ssm:PutParameter']);
      try {
        const [paged, denied] = await Promise.all([
          aws('get-parameter-history', '--name', '/cli/paged', '--page-size', '1'),
          aws('put-parameter', '--name', '/cli/secret', '--value', 'v', '--type', 'SecureString'),
        ]);
        expect((paged.json.Parameters as { Version: number }[]).map((p) => p.Version)).toEqual([1, 2, 3]);
        expect(server.requests.of('GetParameterHistory').filter((r) => r.parameterName === '/cli/paged')).toHaveLength(3);
        expect(denied.stderr).toContain(
          'An error occurred (AccessDeniedException) when calling the PutParameter operation: User: arn:aws:iam::123456789012:user/AKIDCLI ' +
            'is not authorized to perform: kms:Encrypt on resource: arn:aws:kms:us-east-1:123456789012:key/',
        );
      } finally {
        server.iam.allowOnly(null);
      }
    },
    30_000,
  );

  // The SSM rules the action plans around (src/ssm/rules.ts), as the CLI sees them.
  cliTest(
    'key, tier and label rules: KeyId default on overwrite, no downgrade, 10 labels, the labelled oldest of 100',
    async () => {
      server.store.seed({ Name: '/cli/rules', Value: 'v1', Type: 'SecureString', KeyId: 'alias/deploy', Tier: 'Advanced' });
      // PutParameter without KeyId encrypts with alias/aws/ssm, whatever the key was (PutParameter, KeyId).
      const noKey = await aws('put-parameter', '--name', '/cli/rules', '--value', 'v2', '--type', 'SecureString', '--overwrite');
      expect(noKey.json).toEqual({ Version: 2, Tier: 'Advanced' });
      const downgrade = await aws('put-parameter', '--name', '/cli/rules', '--value', 'v3', '--type', 'SecureString', '--tier', 'Standard', '--overwrite');
      expect(downgrade.stderr).toContain(
        "An error occurred (ValidationException) when calling the PutParameter operation: This parameter uses the advanced-parameter tier. You can't downgrade",
      );
      const [history, described] = await Promise.all([
        aws('get-parameter-history', '--name', '/cli/rules', '--max-items', '1'),
        aws('describe-parameters', '--parameter-filters', 'Key=Name,Values=/cli/rules'),
      ]);
      // History lists the oldest version first; DescribeParameters reports the latest version's key and tier.
      expect((history.json.Parameters as Record<string, unknown>[]).map((v) => [v.Version, v.KeyId, v.Tier])).toEqual([[1, 'alias/deploy', 'Advanced']]);
      expect((described.json.Parameters as Record<string, unknown>[]).map((v) => [v.Version, v.KeyId, v.Tier])).toEqual([[2, 'alias/aws/ssm', 'Advanced']]);

      const ten = Array.from({ length: 10 }, (_, i) => `l${i}`);
      await aws('label-parameter-version', '--name', '/cli/rules', '--parameter-version', '1', '--labels', ...ten);
      const eleventh = await aws('label-parameter-version', '--name', '/cli/rules', '--parameter-version', '1', '--labels', 'one-more');
      expect(eleventh.stderr).toContain('An error occurred (ParameterVersionLabelLimitExceeded) when calling the LabelParameterVersion operation');
      // Moving a label to another version frees its place: l0 moves from 1 to 2, then one-more fits on 1.
      await aws('label-parameter-version', '--name', '/cli/rules', '--parameter-version', '2', '--labels', 'l0');
      const fits = await aws('label-parameter-version', '--name', '/cli/rules', '--parameter-version', '1', '--labels', 'one-more');
      expect(fits.json).toEqual({ InvalidLabels: [], ParameterVersion: 1 });

      for (let i = 3; i <= 100; i++) server.store.seed({ Name: '/cli/rules', Value: `v${i}`, Type: 'SecureString', Tier: 'Advanced' });
      const blocked = await aws('put-parameter', '--name', '/cli/rules', '--value', 'v101', '--type', 'SecureString', '--overwrite');
      expect(blocked.stderr).toContain(
        'An error occurred (ParameterMaxVersionLimitExceeded) when calling the PutParameter operation: You attempted to create a new version of /cli/rules by calling the PutParameter API with the overwrite flag. Version 1, the oldest version,',
      );
      const unlabelled = await aws('unlabel-parameter-version', '--name', '/cli/rules', '--parameter-version', '1', '--labels', ...ten.slice(1), 'one-more');
      expect(unlabelled.json).toEqual({ RemovedLabels: [...ten.slice(1), 'one-more'], InvalidLabels: [] });
      const passes = await aws('put-parameter', '--name', '/cli/rules', '--value', 'v101', '--type', 'SecureString', '--overwrite');
      expect(passes.json).toEqual({ Version: 101, Tier: 'Advanced' });
    },
    60_000,
  );

  cliTest(
    'get-parameters: one request for the name and its label and version selectors, the rest in InvalidParameters',
    async () => {
      await aws('put-parameter', '--name', '/cli/many', '--value', 'one', '--type', 'SecureString');
      await aws('put-parameter', '--name', '/cli/many', '--value', 'two', '--type', 'SecureString', '--overwrite');
      await aws('put-parameter', '--name', '/cli/also', '--value', 'plain', '--type', 'String');
      await aws('label-parameter-version', '--name', '/cli/many', '--parameter-version', '1', '--labels', 'current');
      const read = await aws('get-parameters', '--names', '/cli/many', '/cli/many:current', '/cli/many:previous', '/cli/many:7', '/cli/nothing', '/cli/also');
      expect(read.code).toBe(0);
      const found = read.json.Parameters as Record<string, unknown>[];
      // Sorted by name ("listed in alphabetical order"); selectors of one name keep the order asked.
      expect(found.map((p) => [p.Name, p.Selector ?? null, p.Version, p.Type])).toEqual([
        ['/cli/also', null, 1, 'String'],
        ['/cli/many', null, 2, 'SecureString'],
        ['/cli/many', ':current', 1, 'SecureString'],
      ]);
      // Without --with-decryption a SecureString's value is its ciphertext, never the value.
      expect(found.filter((p) => p.Type === 'SecureString').map((p) => p.Value)).not.toContain('two');
      expect(found.filter((p) => p.Type === 'SecureString').map((p) => p.Value)).not.toContain('one');
      expect(read.json.InvalidParameters).toEqual(['/cli/many:previous', '/cli/many:7', '/cli/nothing']);

      const decrypted = await aws('get-parameters', '--names', '/cli/many:1', '/cli/many', '--with-decryption');
      expect((decrypted.json.Parameters as Record<string, unknown>[]).map((p) => [p.Selector ?? null, p.Value])).toEqual([
        [':1', 'one'],
        [null, 'two'],
      ]);
      expect(decrypted.json.InvalidParameters).toEqual([]);

      const eleven = await aws('get-parameters', '--names', ...Array.from({ length: 11 }, (_, i) => `/cli/many:${i + 1}`));
      expect(eleven.code).not.toBe(0);
      expect(eleven.stderr).toContain('An error occurred (ValidationException) when calling the GetParameters operation');
      expect(eleven.stderr).toContain('Member must have length less than or equal to 10');
    },
    60_000,
  );
});
