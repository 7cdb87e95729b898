import { describe, expect, it } from 'vitest';
import { COALESCE_MS, record, redo, startHistory, undo } from './history';

describe('undo and redo', () => {
  it('steps back and forth', () => {
    let history = startHistory('a');
    history = record(history, 'b', 'title', 0);
    history = record(history, 'c', 'summary', 10);
    history = undo(history);
    expect(history.present).toBe('b');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe('b');
  });

  it('makes typing in one field one step, and a new edit clears redo', () => {
    let history = startHistory('');
    history = record(history, 'H', 'title', 0);
    history = record(history, 'He', 'title', 100);
    history = record(history, 'Hey', 'title', 200);
    expect(undo(history).present).toBe('');
    history = record(history, 'Hey!', 'title', 200 + COALESCE_MS);
    expect(undo(history).present).toBe('Hey');
    history = record(undo(history), 'Ho', 'other', 5000);
    expect(history.future).toEqual([]);
  });
});
