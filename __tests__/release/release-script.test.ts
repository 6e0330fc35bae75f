import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { repoRoot } from '../docs/repo-files.ts';

// scripts/release.sh, which the release workflow runs on a published release, against a
// temporary repository and a bare "origin": it must move the major tag only for a release
// whose dist/ is what its source builds to, and never for a name that is not vX.Y.Z.

const SCRIPT = join(repoRoot, 'scripts', 'release.sh');
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com',
};
// The project's build is npm ci + ncc; here dist/ is src/ copied, which is all the check needs.
const BUILD = 'mkdir -p dist && cp src/app.js dist/index.js';

let root: string;
let work: string;
let origin: string;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: work, env: { ...process.env, ...IDENTITY }, encoding: 'utf8' }).trim();
const remoteTag = (name: string): string =>
  execFileSync('git', ['--git-dir', origin, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`], { encoding: 'utf8' }).trim();
const remoteHasTag = (name: string): boolean => spawnSync('git', ['--git-dir', origin, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}`]).status === 0;

/** Commits src/app.js with the given body; with `built`, dist/ too, as `npm run build` would leave it. */
function commit(body: string, { built }: { built: boolean }): string {
  writeFileSync(join(work, 'src', 'app.js'), body);
  if (built) execFileSync('bash', ['-c', BUILD], { cwd: work });
  git('add', '-A');
  git('commit', '-q', '-m', `app: ${body}`);
  return git('rev-parse', 'HEAD');
}

/** Tags HEAD, pushes the tag as publishing a release does, and checks it out as the workflow does. */
function release(tag: string): void {
  git('tag', '-a', tag, '-m', tag);
  git('push', '-q', 'origin', `refs/tags/${tag}`);
  git('checkout', '-q', '--detach', tag);
}

function runRelease(tag: string): { status: number | null; stdout: string; stderr: string } {
  const done = spawnSync('bash', [SCRIPT, tag], { cwd: work, env: { ...process.env, ...IDENTITY, RELEASE_BUILD_COMMAND: BUILD }, encoding: 'utf8' });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'release-script-'));
  origin = join(root, 'origin.git');
  work = join(root, 'work');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', work]);
  git('remote', 'add', 'origin', origin);
  execFileSync('mkdir', ['-p', join(work, 'src')]);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('scripts/release.sh', () => {
  test('moves v1 to a release whose dist/ matches its source, and pushes it', () => {
    const first = commit('one', { built: true });
    release('v1.0.0');
    const done = runRelease('v1.0.0');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('dist/ of v1.0.0 matches its source.');
    expect(done.stdout).toContain(`v1 -> v1.0.0 (${first})`);
    expect(remoteTag('v1')).toBe(first);

    git('checkout', '-q', 'main');
    const second = commit('two', { built: true });
    release('v1.1.0');
    expect(runRelease('v1.1.0').status).toBe(0);
    expect(remoteTag('v1')).toBe(second);
    expect(git('cat-file', '-t', 'refs/tags/v1')).toBe('tag');
    expect(git('tag', '-l', '--format=%(contents:subject)', 'v1')).toBe('v1 -> v1.1.0');
  });

  test('refuses a release whose dist/ was not rebuilt from its source; v1 stays', () => {
    const good = commit('one', { built: true });
    release('v1.0.0');
    expect(runRelease('v1.0.0').status).toBe(0);
    git('checkout', '-q', 'main');
    commit('changed without a build', { built: false });
    release('v1.0.1');
    const done = runRelease('v1.0.1');
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('The dist/ committed in v1.0.1 differs from what its source builds to.');
    expect(done.stderr).toContain('v1 was not moved.');
    expect(remoteTag('v1')).toBe(good);
  });

  test('refuses a release whose build creates files dist/ does not hold', () => {
    commit('one', { built: false });
    release('v1.0.0');
    const done = runRelease('v1.0.0');
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('Building v1.0.0 creates files in dist/ that the tag does not hold; v1 was not moved.');
    expect(remoteHasTag('v1')).toBe(false);
  });

  test.each(['v1.2', '1.2.3', 'v1.2.3-rc.1', 'v1.2.3+build.5', 'v01.2.3', 'latest', ''])('rejects the tag name %j and changes nothing', (tag) => {
    commit('one', { built: true });
    if (tag !== '') release(tag);
    const done = runRelease(tag);
    expect(done.status).toBe(2);
    expect(done.stderr).toBe(
      `Tag "${tag}" is not a release version: use vMAJOR.MINOR.PATCH, e.g. v1.2.3 (pre-releases do not move the major tag). Nothing was changed.\n`,
    );
    expect(remoteHasTag('v1')).toBe(false);
  });

  test('refuses to run when the checkout is not the release tag', () => {
    commit('one', { built: true });
    git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    commit('two', { built: true });
    const done = runRelease('v1.0.0');
    expect(done.status).toBe(1);
    expect(done.stderr).toMatch(/^The checkout is at [0-9a-f]+, not at v1\.0\.0 \([0-9a-f]+\): check out the tag and run again\. Nothing was changed\.$/m);
    expect(remoteHasTag('v1')).toBe(false);
  });

  test('a patch to an older line does not pull v1 back; a new major starts v2 and leaves v1', () => {
    commit('one', { built: true });
    git('tag', '-a', 'v1.2.0', '-m', 'v1.2.0');
    const newest = commit('two', { built: true });
    release('v1.3.0');
    expect(runRelease('v1.3.0').status).toBe(0);

    git('checkout', '-q', '-b', 'release-1.2', 'v1.2.0');
    commit('backport', { built: true });
    release('v1.2.1');
    const backport = runRelease('v1.2.1');
    expect(backport.status).toBe(0);
    expect(backport.stdout).toContain('v1 stays where it is: v1.2.1 is not the newest v1 release (v1.3.0 is).');
    expect(remoteTag('v1')).toBe(newest);

    git('checkout', '-q', 'main');
    const major = commit('breaking', { built: true });
    release('v2.0.0');
    expect(runRelease('v2.0.0').status).toBe(0);
    expect(remoteTag('v2')).toBe(major);
    expect(remoteTag('v1')).toBe(newest);
  });
});
