// Legacy discovery documents (/version, /api, /apis, /api/v1, /apis/{g}[/{v}]). Aggregated
// discovery is not offered: answering with plain application/json makes client-go fall back to
// these, as it does against any apiserver without aggregated discovery.

import { createHash } from 'node:crypto';

import { groupVersion, type ResourceDefinition } from './resources.ts';

export interface ServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
}

export const versionInfo = (version: ServerVersion): Record<string, string> => ({
  major: version.major,
  minor: version.minor,
  gitVersion: version.gitVersion,
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-01-01T00:00:00Z',
  goVersion: 'go1.23.4',
  compiler: 'gc',
  platform: 'linux/amd64',
});

export const apiVersions = (serverAddress: string): Record<string, unknown> => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
});

const groupNames = (definitions: ResourceDefinition[]): string[] => {
  const names: string[] = [];
  for (const def of definitions) {
    if (def.group && !names.includes(def.group)) names.push(def.group);
  }
  return names;
};

const groupVersionsOf = (definitions: ResourceDefinition[], group: string): string[] => {
  const versions: string[] = [];
  for (const def of definitions.filter((candidate) => candidate.group === group)) {
    for (const version of def.versions) if (!versions.includes(version)) versions.push(version);
  }
  return versions;
};

export const apiGroup = (definitions: ResourceDefinition[], group: string): Record<string, unknown> | undefined => {
  const versions = groupVersionsOf(definitions, group);
  const preferred = versions[0];
  if (!preferred) return undefined;
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: group,
    versions: versions.map((version) => ({ groupVersion: `${group}/${version}`, version })),
    preferredVersion: { groupVersion: `${group}/${preferred}`, version: preferred },
  };
};

export const apiGroupList = (definitions: ResourceDefinition[]): Record<string, unknown> => ({
  kind: 'APIGroupList',
  apiVersion: 'v1',
  groups: groupNames(definitions).map((group) => {
    const { kind: _kind, apiVersion: _apiVersion, ...rest } = apiGroup(definitions, group) ?? {};
    return rest;
  }),
});

const storageVersionHash = (def: ResourceDefinition): string =>
  createHash('sha256')
    .update(`${def.group}/${def.versions[0] ?? ''}/${def.kind}`)
    .digest()
    .subarray(0, 8)
    .toString('base64');

const mainVerbs = (def: ResourceDefinition): string[] =>
  def.resource === 'namespaces'
    ? ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']
    : ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const apiResourceList = (definitions: ResourceDefinition[], group: string, version: string): Record<string, unknown> | undefined => {
  const served = definitions.filter((def) => def.group === group && def.versions.includes(version));
  if (served.length === 0) return undefined;
  const resources: Record<string, unknown>[] = [];
  for (const def of served) {
    const entry: Record<string, unknown> = {
      name: def.resource,
      singularName: def.singular,
      namespaced: def.namespaced,
      kind: def.kind,
      verbs: mainVerbs(def),
    };
    if (def.shortNames.length > 0) entry.shortNames = def.shortNames;
    if (def.categories.length > 0) entry.categories = def.categories;
    entry.storageVersionHash = storageVersionHash(def);
    resources.push(entry);
    if (def.hasStatus) {
      resources.push({
        name: `${def.resource}/status`,
        singularName: '',
        namespaced: def.namespaced,
        kind: def.kind,
        verbs: ['get', 'patch', 'update'],
      });
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: groupVersion(served[0] as ResourceDefinition, version), resources };
};
