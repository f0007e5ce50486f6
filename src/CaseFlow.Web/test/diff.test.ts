import { describe, expect, it } from 'vitest';
import { diffDefinitions, isEmptyDiff } from '../src/designer/diff';
import type { DefinitionDoc } from '../src/designer/types';

const v1: DefinitionDoc = {
  definitionId: 'd', version: 1, name: 'D', variables: {},
  root: {
    activities: [
      { id: 'start', type: 'Start', props: {}, designer: { x: 0, y: 0 } },
      { id: 'review', type: 'HumanTask', name: '审查', props: { title: '审查', role: 'clerk', limit: { value: 2, unit: 'workingDays' } } },
      { id: 'old', type: 'HumanTask', props: { title: 'x', role: 'clerk' } },
      { id: 'end', type: 'End', props: {} },
    ],
    connections: [{ from: 'start', port: 'done', to: 'review' }, { from: 'review', port: 'done', to: 'old' }, { from: 'old', port: 'done', to: 'end' }],
  },
};

describe('version diff', () => {
  it('finds added, removed and changed nodes and connections, listing property changes', () => {
    const v2: DefinitionDoc = structuredClone(v1);
    v2.version = 2;
    v2.root.activities = v2.root.activities.filter((a) => a.id !== 'old');
    v2.root.activities.push({ id: 'approve', type: 'Approval', props: {} });
    const review = v2.root.activities.find((a) => a.id === 'review')!;
    review.props.limit = { value: 3, unit: 'workingDays' };
    review.props.scope = 'homeDepartment';
    review.name = '形式审查';
    v2.root.connections = [{ from: 'start', port: 'done', to: 'review' }, { from: 'review', port: 'done', to: 'approve' }, { from: 'approve', port: 'approve', to: 'end' }];

    const d = diffDefinitions(v1, v2);
    expect(d.addedNodes).toEqual(['approve']);
    expect(d.removedNodes).toEqual(['old']);
    expect(d.changedNodes).toEqual([{
      id: 'review', changes: [
        { path: 'name', before: '审查', after: '形式审查' },
        { path: 'props.limit.value', before: 2, after: 3 },
        { path: 'props.scope', before: undefined, after: 'homeDepartment' },
      ],
    }]);
    expect(d.addedConnections).toEqual(['review:done→approve', 'approve:approve→end']);
    expect(d.removedConnections).toEqual(['review:done→old', 'old:done→end']);
  });

  it('moving nodes on the canvas is not a change; identical versions are equal', () => {
    const moved = structuredClone(v1);
    moved.root.activities[0].designer = { x: 500, y: 500 };
    expect(isEmptyDiff(diffDefinitions(v1, moved))).toBe(true);
  });

  it('a connection on another port is a different connection', () => {
    const other = structuredClone(v1);
    other.root.connections[0].port = 'other';
    const d = diffDefinitions(v1, other);
    expect(d.addedConnections).toEqual(['start:other→review']);
    expect(d.removedConnections).toEqual(['start:done→review']);
  });
});
