import type { ActivityDoc, ConnectionDoc, DefinitionDoc } from './types';

/** What a copy holds: the selected nodes and the connections between them. Kept in localStorage so it crosses definitions. */
export interface Clip {
  activities: ActivityDoc[];
  connections: ConnectionDoc[];
}

const KEY = 'caseflow.designer.clipboard';

export function copySelection(doc: DefinitionDoc, selected: Set<string>): Clip {
  const activities = doc.root.activities.filter((a) => selected.has(a.id));
  const connections = doc.root.connections.filter((c) => selected.has(c.from) && selected.has(c.to));
  return structuredClone({ activities, connections });
}

export function store(clip: Clip) {
  localStorage.setItem(KEY, JSON.stringify(clip));
}

export function load(): Clip | null {
  const text = localStorage.getItem(KEY);
  return text ? (JSON.parse(text) as Clip) : null;
}

/** Pastes into `doc`: ids that are taken get a suffix, positions move by an offset; returns the new doc and the new ids. */
export function paste(doc: DefinitionDoc, clip: Clip, offset = 40): { doc: DefinitionDoc; ids: string[] } {
  const taken = new Set(doc.root.activities.map((a) => a.id));
  const rename = new Map<string, string>();
  for (const a of clip.activities) {
    let id = a.id;
    for (let i = 2; taken.has(id); i++) id = `${a.id}-${i}`;
    taken.add(id);
    rename.set(a.id, id);
  }
  const activities = clip.activities.map((a) => ({
    ...structuredClone(a),
    id: rename.get(a.id)!,
    designer: a.designer ? { x: a.designer.x + offset, y: a.designer.y + offset } : null,
  }));
  const connections = clip.connections.map((c) => ({ ...c, from: rename.get(c.from)!, to: rename.get(c.to)! }));
  return {
    doc: { ...doc, root: { activities: [...doc.root.activities, ...activities], connections: [...doc.root.connections, ...connections] } },
    ids: activities.map((a) => a.id),
  };
}
