import type { Edge } from '@xyflow/react';
import type { FlowNode } from './ActivityNode';
import { connectionKey } from './diff';
import { portsOf, type ActivityDesc, type DefinitionDoc } from './types';

/**
 * The canvas's nodes for a document. A node whose step, problems and match are unchanged keeps its previous object, so
 * React Flow re-renders only what changed (a 300-step flow stays responsive); selection is kept by id.
 */
export function toFlowNodes(doc: DefinitionDoc, byType: Map<string, ActivityDesc>, problems: Map<string, string[]>, matches: Set<string>, previous: FlowNode[], marks?: Map<string, 'added' | 'removed' | 'changed'>): FlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return doc.root.activities.map((a, i) => {
    const old = before.get(a.id);
    const nodeProblems = problems.get(a.id) ?? [];
    const match = matches.has(a.id);
    const mark = marks?.get(a.id);
    if (old && old.data.doc === a && old.data.match === match && old.data.mark === mark && old.data.problems.join('\n') === nodeProblems.join('\n')) return old;
    const desc = byType.get(a.type);
    return {
      id: a.id, type: 'activity', selected: old?.selected ?? false,
      position: a.designer ? { x: a.designer.x, y: a.designer.y } : { x: (i % 6) * 220, y: Math.floor(i / 6) * 110 },
      data: { doc: a, desc, ports: portsOf(a, desc), problems: nodeProblems, match, mark },
    };
  });
}

export function toFlowEdges(doc: DefinitionDoc, previous: Edge[], marks?: Map<string, 'added' | 'removed'>): Edge[] {
  const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
  return doc.root.connections.map((c) => {
    const id = connectionKey(c);
    const mark = marks?.get(id);
    return {
      id, source: c.from, target: c.to, sourceHandle: c.port || 'done', targetHandle: 'in', selected: selected.has(id),
      label: c.port && c.port !== 'done' ? c.port : undefined,
      style: mark ? { stroke: mark === 'added' ? '#52c41a' : '#ff4d4f', strokeWidth: 2 } : undefined,
    };
  });
}
