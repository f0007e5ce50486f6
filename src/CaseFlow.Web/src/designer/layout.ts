import type { ELK as Elk } from 'elkjs/lib/elk-api';
import type { DefinitionDoc } from './types';

// ELK is large (about 1.4 MB): loaded on the first layout, so opening a definition does not wait for it.
let elk: Promise<Elk> | null = null;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default()));
export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 64;

/**
 * Lays the flow out left to right with ELK's layered algorithm. Nodes placed by hand keep their position unless `all`
 * is asked: only nodes without one (new, imported, pasted without positions) take ELK's.
 */
export async function autoLayout(doc: DefinitionDoc, all: boolean): Promise<DefinitionDoc> {
  const graph = await (await loadElk()).layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '40', 'elk.layered.spacing.nodeNodeBetweenLayers': '60' },
    children: doc.root.activities.map((a) => ({ id: a.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: doc.root.connections
      .filter((c) => c.from !== c.to)
      .map((c, i) => ({ id: `e${i}`, sources: [c.from], targets: [c.to] })),
  });
  const placed = new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  return {
    ...doc,
    root: {
      ...doc.root,
      activities: doc.root.activities.map((a) => (all || !a.designer ? { ...a, designer: placed.get(a.id) ?? a.designer } : a)),
    },
  };
}
