// Undo and redo over commands; placing new nodes on rings around their anchor.
import { describe, expect, it } from 'vitest';
import { toParams } from '../../web/src/components/param-values.js';
import { CommandStack } from '../../web/src/graph/command-stack.js';
import { ringPositions } from '../../web/src/graph/place-new.js';

describe('CommandStack', () => {
  it('undoes and redoes in order, and a new command drops the redo branch', () => {
    const log: number[] = [];
    const stack = new CommandStack();
    const cmd = (n: number) => ({ label: `c${n}`, apply: () => log.push(n), revert: () => log.push(-n) });
    stack.exec(cmd(1));
    stack.exec(cmd(2));
    expect(stack.undo()).toBe('c2');
    expect(stack.redo()).toBe('c2');
    stack.undo();
    stack.exec(cmd(3));
    expect(stack.canRedo).toBe(false);
    expect(log).toEqual([1, 2, -2, 2, -2, 3]);
  });

  it('keeps at most its depth', () => {
    const stack = new CommandStack(2);
    for (let i = 0; i < 5; i++) stack.exec({ label: String(i), apply() {}, revert() {} });
    expect(stack.undo()).toBe('4');
    expect(stack.undo()).toBe('3');
    expect(stack.undo()).toBeNull();
  });
});

describe('ringPositions', () => {
  it('places every node, none on the centre, outer rings further out', () => {
    const ps = ringPositions({ x: 0, y: 0 }, 60);
    expect(ps).toHaveLength(60);
    const r = ps.map((p) => Math.hypot(p.x, p.y));
    expect(Math.min(...r)).toBeGreaterThan(80);
    expect(r[59]).toBeGreaterThan(r[0] ?? 0);
  });
});

describe('saved-query parameters', () => {
  it('types form text by the declared parameter type', () => {
    const params = [
      { name: 'name', type: 'String', description: '', required: true },
      { name: 'limit', type: 'Int', description: '', required: false },
      { name: 'kinds', type: 'List<String>', description: '', required: false },
    ];
    expect(toParams(params, { name: 'Yanbian', limit: '25', kinds: 'Worker, Wallet' })).toEqual({
      name: 'Yanbian',
      limit: 25,
      kinds: ['Worker', 'Wallet'],
    });
    expect(toParams(params, { name: 'x', limit: '' })).toEqual({ name: 'x' });
  });
});
