// Read a slice of the workbench UI state; re-renders only when that slice changes.
import { useStore } from '../state/store.js';
import type { UiState } from '../state/ui-state.js';
import { workbench } from '../state/workbench.js';

export function useUi<R>(select: (s: UiState) => R): R {
  return useStore(workbench.store, select);
}
