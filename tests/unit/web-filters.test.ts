// Filters are a pure function of element data and filter state.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, isActive, isFilteredOut } from '../../web/src/graph/filters.js';

describe('isFilteredOut', () => {
  it('hides nodes of switched-off kinds only', () => {
    const f = { ...DEFAULT_FILTERS, hiddenKinds: ['Laptop'] };
    expect(isFilteredOut({ kind: 'Laptop' }, false, f)).toBe(true);
    expect(isFilteredOut({ kind: 'Worker' }, false, f)).toBe(false);
  });

  it('hides dated edges outside the time range and keeps undated ones', () => {
    const f = { ...DEFAULT_FILTERS, from: '2021-01-01', to: '2022-12-31' };
    expect(isFilteredOut({ date: '2020-05-01' }, true, f)).toBe(true);
    expect(isFilteredOut({ date: '2021-06-01T10:00:00Z' }, true, f)).toBe(false);
    expect(isFilteredOut({ date: '2023-01-01' }, true, f)).toBe(true);
    expect(isFilteredOut({}, true, f)).toBe(false);
  });

  it('hides edges under the confidence threshold; unknown confidence counts as certain', () => {
    const f = { ...DEFAULT_FILTERS, minConfidence: 0.6 };
    expect(isFilteredOut({ confidence: 0.5 }, true, f)).toBe(true);
    expect(isFilteredOut({ confidence: 0.9 }, true, f)).toBe(false);
    expect(isFilteredOut({}, true, f)).toBe(false);
  });

  it('knows when any filter is on', () => {
    expect(isActive(DEFAULT_FILTERS)).toBe(false);
    expect(isActive({ ...DEFAULT_FILTERS, minConfidence: 0.1 })).toBe(true);
  });
});
