import type { ActivityDoc, ConnectionDoc, DefinitionDoc } from './types';

export interface PropChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface NodeChange {
  id: string;
  changes: PropChange[];
}

export interface DefinitionDiff {
  addedNodes: string[];
  removedNodes: string[];
  changedNodes: NodeChange[];
  addedConnections: string[];
  removedConnections: string[];
}

export const connectionKey = (c: ConnectionDoc) => `${c.from}:${c.port || 'done'}→${c.to}`;

/** Leaf paths of a JSON value (`limit.value`, `outcomes[1]`); positions on the canvas are not content. */
function flatten(value: unknown, path: string, into: Map<string, unknown>) {
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, []);
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, into));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && path) into.set(path, {});
    for (const [k, v] of entries) flatten(v, path ? `${path}.${k}` : k, into);
  } else if (value !== undefined) into.set(path, value);
}

function nodeContent(node: ActivityDoc) {
  const flat = new Map<string, unknown>();
  flatten({ type: node.type, name: node.name ?? null, props: node.props }, '', flat);
  return flat;
}

export function diffNodes(before: ActivityDoc, after: ActivityDoc): PropChange[] {
  const a = nodeContent(before);
  const b = nodeContent(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((p) => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map((p) => ({ path: p, before: a.get(p), after: b.get(p) }));
}

/** What changed from `older` to `newer`: nodes by id, connections by (from, port, to), props listed per node. */
export function diffDefinitions(older: DefinitionDoc, newer: DefinitionDoc): DefinitionDiff {
  const a = new Map(older.root.activities.map((n) => [n.id, n]));
  const b = new Map(newer.root.activities.map((n) => [n.id, n]));
  const ac = new Set(older.root.connections.map(connectionKey));
  const bc = new Set(newer.root.connections.map(connectionKey));
  return {
    addedNodes: [...b.keys()].filter((id) => !a.has(id)),
    removedNodes: [...a.keys()].filter((id) => !b.has(id)),
    changedNodes: [...b.keys()]
      .filter((id) => a.has(id))
      .map((id) => ({ id, changes: diffNodes(a.get(id)!, b.get(id)!) }))
      .filter((c) => c.changes.length > 0),
    addedConnections: [...bc].filter((k) => !ac.has(k)),
    removedConnections: [...ac].filter((k) => !bc.has(k)),
  };
}

export const isEmptyDiff = (d: DefinitionDiff) =>
  d.addedNodes.length + d.removedNodes.length + d.changedNodes.length + d.addedConnections.length + d.removedConnections.length === 0;
