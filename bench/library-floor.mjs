// What the action's start-up is compared with: the two libraries every rotation needs
// (@actions/core for the workflow commands, @aws-sdk/client-ssm for the write), loaded and
// set up, and nothing else. `npm run bench` bundles it with ncc, as the action is bundled:
// through the same pre-bundles (package.json `imports`, condition `production`; `npm run
// build` writes them to build/).
import * as core from '#actions-core';
import { SSMClient } from '#client-ssm';

new SSMClient({ region: process.env.AWS_REGION || 'us-east-1' });
core.debug('libraries loaded');
