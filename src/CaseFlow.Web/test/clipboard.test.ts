import { describe, expect, it } from 'vitest';
import { copySelection, paste } from '../src/designer/clipboard';
import { blankDefinition } from '../src/designer/document';

describe('copy and paste', () => {
  it('copies the selection with the connections between the selected nodes, and pastes with fresh ids and an offset', () => {
    const doc = blankDefinition('a', 'A');
    doc.root.activities.push({ id: 'task1', type: 'HumanTask', props: { role: 'clerk' }, designer: { x: 100, y: 100 } });
    doc.root.connections.push({ from: 'start', port: 'done', to: 'task1' }, { from: 'task1', port: 'done', to: 'end' });
    const clip = copySelection(doc, new Set(['start', 'task1']));
    expect(clip.activities.map((a) => a.id)).toEqual(['start', 'task1']);
    expect(clip.connections).toEqual([{ from: 'start', port: 'done', to: 'task1' }]);

    const into = paste(doc, clip);
    expect(into.ids).toEqual(['start-2', 'task1-2']);
    expect(into.doc.root.connections).toContainEqual({ from: 'start-2', port: 'done', to: 'task1-2' });
    expect(into.doc.root.activities.find((a) => a.id === 'task1-2')!.designer).toEqual({ x: 140, y: 140 });

    const other = paste(blankDefinition('b', 'B'), clip);
    expect(other.ids).toEqual(['start-2', 'task1']);
    expect(doc.root.activities.length).toBe(3);
  });
});
