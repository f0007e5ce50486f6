import type { ActivityDesc, DefinitionDoc } from './types';

/** A new definition: a Start and an End, nothing between. */
export function blankDefinition(definitionId: string, name: string): DefinitionDoc {
  return {
    definitionId, version: 1, name: name || definitionId, variables: {},
    root: {
      activities: [
        { id: 'start', type: 'Start', name: '开始', props: {}, designer: { x: 0, y: 120 } },
        { id: 'end', type: 'End', name: '结束', props: {}, designer: { x: 720, y: 120 } },
      ],
      connections: [],
    },
  };
}

/** A fresh id for a node of this type: the type in lower camel case and the first free number. */
export function newNodeId(doc: DefinitionDoc, type: string) {
  const base = type.charAt(0).toLowerCase() + type.slice(1);
  const taken = new Set(doc.root.activities.map((a) => a.id));
  let i = 1;
  while (taken.has(`${base}${i}`)) i++;
  return `${base}${i}`;
}

export function addNode(doc: DefinitionDoc, desc: ActivityDesc, position: { x: number; y: number }) {
  const id = newNodeId(doc, desc.type);
  const node = { id, type: desc.type, name: desc.displayName, props: {}, designer: { x: Math.round(position.x), y: Math.round(position.y) } };
  return { doc: { ...doc, root: { ...doc.root, activities: [...doc.root.activities, node] } }, id };
}

export function removeNodes(doc: DefinitionDoc, ids: Set<string>, connectionKeys: Set<string>, keyOf: (c: DefinitionDoc['root']['connections'][number]) => string): DefinitionDoc {
  return {
    ...doc,
    root: {
      activities: doc.root.activities.filter((a) => !ids.has(a.id)),
      connections: doc.root.connections.filter((c) => !ids.has(c.from) && !ids.has(c.to) && !connectionKeys.has(keyOf(c))),
    },
  };
}

/** Parses an imported file: it must look like a definition (root.activities and root.connections arrays). */
export function parseDefinition(text: string): DefinitionDoc | null {
  try {
    const value = JSON.parse(text) as DefinitionDoc;
    if (!value || typeof value !== 'object' || !Array.isArray(value.root?.activities) || !Array.isArray(value.root?.connections)) return null;
    value.variables ??= {};
    for (const a of value.root.activities) a.props ??= {};
    return value;
  } catch {
    return null;
  }
}

/** The file form: as the server stores it, indented, without the page-only flags. */
export function exportText(doc: DefinitionDoc) {
  const { isLatest: _latest, isPublished: _published, ...rest } = doc;
  return JSON.stringify(rest, null, 2);
}
