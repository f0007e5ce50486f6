import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, LIMIT, push, redo, start, undo } from '../src/designer/history';

describe('undo/redo history', () => {
  it('undoes and redoes in order', () => {
    let h = start('a');
    h = push(h, 'b');
    h = push(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('a new change after an undo drops the redo branch', () => {
    let h = push(push(start(1), 2), 3);
    h = undo(h);
    h = push(h, 9);
    expect(h.present).toBe(9);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(2);
  });

  it('undo and redo at the ends change nothing; pushing the same state adds no step', () => {
    const h = start({ x: 1 });
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(push(h, h.present)).toBe(h);
  });

  it('keeps at most LIMIT steps', () => {
    let h = start(0);
    for (let i = 1; i <= LIMIT + 50; i++) h = push(h, i);
    expect(h.past.length).toBe(LIMIT);
    expect(h.past[0]).toBe(50);
  });
});
