import { describe, expect, it } from 'vitest';
import { nodeStates, takenConnections, type CaseWorkflow } from '../src/instance/instanceModel';

const view = {
  caseId: 1, caseNo: 'X1', instanceId: 'i', status: 'Running',
  definition: {
    definitionId: 'd', version: 2, name: 'd', variables: {},
    root: {
      activities: ['start', 'review', 'wait', 'accept', 'end'].map((id) => ({ id, type: 'T', props: {} })),
      connections: [
        { from: 'start', port: 'done', to: 'review' }, { from: 'review', port: 'supplement', to: 'wait' },
        { from: 'wait', port: 'done', to: 'review' }, { from: 'review', port: 'pass', to: 'accept' }, { from: 'accept', port: 'done', to: 'end' },
      ],
    },
  },
  path: ['start', 'review', 'wait', 'review', 'accept'].map((activityId, i) => ({
    order: i + 1, activityId, activityType: 'T', name: null, state: 'Completed', startedAtUtc: '2026-12-02T01:00:00Z', endedAtUtc: null, outcome: null, actor: null,
  })),
  takenConnections: [
    { from: 'start', port: 'done', to: 'review', times: 1 }, { from: 'review', port: 'supplement', to: 'wait', times: 1 },
    { from: 'wait', port: 'done', to: 'review', times: 1 }, { from: 'review', port: 'pass', to: 'accept', times: 1 },
  ],
  waiting: [{ activityId: 'accept', kind: 'task', name: 'accept', createdAtUtc: '2026-12-02T01:00:00Z', dueAtUtc: null }],
  openTasks: [],
  incidents: [],
} as unknown as CaseWorkflow;

describe('instance viewer model', () => {
  it('marks the waiting step, the steps passed and those not reached', () => {
    const states = nodeStates(view);
    expect(Object.fromEntries(states)).toEqual({ start: 'visited', review: 'visited', wait: 'visited', accept: 'waiting', end: 'unvisited' });
  });

  it('an open incident marks its step faulted; a resolved one does not', () => {
    const faulted = { ...view, waiting: [], incidents: [{ id: 'x', instanceId: 'i', caseId: 1, activityId: 'accept', message: 'boom', status: 'Open', createdAtUtc: '', closedAtUtc: null }] } as CaseWorkflow;
    expect(nodeStates(faulted).get('accept')).toBe('faulted');
    const resolved = { ...faulted, incidents: [{ ...faulted.incidents[0], status: 'Resolved' }] } as CaseWorkflow;
    expect(nodeStates(resolved).get('accept')).toBe('visited');
  });

  it('keys the connections taken as the designer keys its edges', () => {
    const taken = takenConnections(view);
    expect([...taken.keys()].sort()).toEqual(['review:pass→accept', 'review:supplement→wait', 'start:done→review', 'wait:done→review']);
    expect(taken.has('accept:done→end')).toBe(false);
  });
});
