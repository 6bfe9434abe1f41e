// The workbench's UI state: what the panels show. Canvas content lives in Cytoscape, not here.
import { DEFAULT_FILTERS, type FilterState } from '../graph/filters.js';
import type { LayoutName } from '../graph/layouts.js';
import type { RendererName } from '../graph/renderer.js';

/** A capped expansion: "showing 200 of 4,819 laptops", with what is needed to fetch more. */
export interface Truncation {
  key: string;
  anchorId: string;
  anchorLabel: string;
  shown: number;
  total: number;
  /** False when the anchor is a supernode and only part of its links were read: total is a lower bound. */
  exact?: boolean;
  /** Kinds that were cut, for the message and the overflow group. */
  omitted: { kind: string; count: number }[];
  offset: number;
  limit: number;
  kinds?: string[];
  relationshipTypes?: string[];
}

export type SideTab = 'filters' | 'queries' | 'cypher' | 'clusters' | 'investigations';

export interface UiState {
  selected: string[];
  focus: string | null;
  filters: FilterState;
  layout: LayoutName;
  renderer: RendererName;
  busy: string | null;
  message: { text: string; tone: 'info' | 'error' } | null;
  truncations: Truncation[];
  pathCount: number;
  /** First end picked with "Path from here"; the second pick runs the search. */
  pathFrom: string | null;
  investigation: { id: string | null; title: string };
  notes: string;
  counts: { nodes: number; edges: number; hidden: number };
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  tab: SideTab;
}

export const INITIAL_UI: UiState = {
  selected: [],
  focus: null,
  filters: DEFAULT_FILTERS,
  layout: 'fcose',
  renderer: 'canvas',
  busy: null,
  message: null,
  truncations: [],
  pathCount: 0,
  pathFrom: null,
  investigation: { id: null, title: 'Untitled investigation' },
  notes: '',
  counts: { nodes: 0, edges: 0, hidden: 0 },
  canUndo: false,
  canRedo: false,
  undoLabel: null,
  tab: 'filters',
};
