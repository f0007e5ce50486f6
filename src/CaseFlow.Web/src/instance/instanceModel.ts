import type { components } from '../api/schema';
import { connectionKey } from '../designer/diff';
import type { DefinitionDoc } from '../designer/types';

/** The answer of GET /api/cases/{id}/workflow, its definition read as the designer's document. */
export type CaseWorkflow = Omit<components['schemas']['CaseWorkflowDto'], 'definition'> & { definition: DefinitionDoc };
export type WorkflowStep = components['schemas']['WorkflowStepDto'];

/** How a step of the definition stands in this instance: where it waits, went wrong, was passed through, or not reached. */
export type NodeState = 'waiting' | 'faulted' | 'visited' | 'unvisited';

export const nodeColors: Record<NodeState, { ring: string; fill: string }> = {
  waiting: { ring: '#fa8c16', fill: '#fff7e6' },
  faulted: { ring: '#ff4d4f', fill: '#fff1f0' },
  visited: { ring: '#52c41a', fill: '#f6ffed' },
  unvisited: { ring: 'transparent', fill: '#fff' },
};

export const takenColor = '#1677ff';

/** Each activity's state: an open bookmark or task makes it waiting, an open incident faulted, a step on the path visited. */
export function nodeStates(view: CaseWorkflow): Map<string, NodeState> {
  const waiting = new Set([...view.waiting.map((w) => w.activityId), ...view.openTasks.map((t) => t.activityId)]);
  const faulted = new Set(view.incidents.filter((i) => i.status === 'Open').map((i) => i.activityId));
  const visited = new Set(view.path.map((s) => s.activityId));
  return new Map(view.definition.root.activities.map((a) => [a.id,
    waiting.has(a.id) ? 'waiting' : faulted.has(a.id) ? 'faulted' : visited.has(a.id) ? 'visited' : 'unvisited'] as const));
}

/** The canvas keys (designer's connectionKey) of the connections followed, with how often. */
export function takenConnections(view: CaseWorkflow): Map<string, number> {
  return new Map(view.takenConnections.map((c) => [connectionKey({ from: c.from, port: c.port, to: c.to }), Number(c.times)]));
}
