// Styles for UI state (flags, groups, pins, filters, paths, selection) and the cheap mode for big graphs.
import { nodeImage } from './node-image.js';
import type { Block } from './stylesheet.js';

/** Element count from which edges are drawn cheaply (see LARGE). */
export const LARGE_GRAPH = 2000;
/** Element count from which nodes are drawn cheaply too (stylesheet.ts, hugeBase): a 5,000-node graph is 15,000 elements. */
export const HUGE_GRAPH = 6000;

// At thousands of elements the frame time goes to what is too small to read anyway: labels (each measured
// and drawn), node icons (an image per node), bezier curves and arrows. Large mode draws haystack edges
// (straight, no arrows, no labels: the cheapest Cytoscape has); huge mode also draws nodes as plain coloured
// shapes (its own lean base sheet: stylesheet.ts). Flags keep their borders, groups their labels, selection
// and paths their colours.
export const LARGE: Block[] = [
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      label: '',
      'target-arrow-shape': 'none',
      width: 1,
      opacity: 0.6,
    },
  },
];

export const STATE: Block[] = [
  { selector: 'node.flag-sanctioned', style: { 'border-width': 3, 'border-color': '#d62828' } },
  {
    selector: 'node.flag-unverified',
    style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#e09f00' },
  },
  { selector: '.flag-synthetic', style: { opacity: 0.85 } },
  { selector: '.flag-retracted', style: { opacity: 0.35 } },
  { selector: 'edge.flag-unverified', style: { 'line-style': 'dashed' } },
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f3f0ff',
      'background-opacity': 0.55,
      'background-image': 'none',
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': '#7c3aed',
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 16,
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
      color: '#4c1d95',
      'text-max-width': '400px',
      padding: '18px',
    },
  },
  {
    selector: 'node.group.cy-expand-collapse-collapsed-node',
    style: {
      width: 64,
      height: 64,
      'background-color': '#7c3aed',
      'background-opacity': 0.9,
      'border-style': 'double',
      'border-width': 4,
      'border-color': '#4c1d95',
      'background-image': nodeImage('object-group', []),
      'background-width': '100%',
      'background-height': '100%',
      label: 'data(badge)',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-wrap': 'wrap',
      'text-max-width': '260px',
      'font-size': 11,
      color: '#1f1147',
    },
  },
  // A collapsed group keeps one meta edge per original edge: 400 of them as bezier curves fanned out into a
  // huge lens (seen in the supernode screenshot). Haystack edges lie on top of each other: one line.
  {
    selector: 'edge.cy-expand-collapse-meta-edge',
    style: { 'line-style': 'dashed', opacity: 0.7, 'curve-style': 'haystack', 'haystack-radius': 0 },
  },
  { selector: 'node.pinned', style: { 'outline-width': 2, 'outline-color': '#111827', 'outline-offset': 2 } },
  { selector: '.filtered, .hidden', style: { display: 'none' } },
  { selector: '.dimmed', style: { opacity: 0.1, 'text-opacity': 0 } },
  {
    selector: 'node.path',
    style: { 'outline-width': 4, 'outline-color': '#f59e0b', 'outline-offset': 3, 'z-index': 20 },
  },
  {
    selector: 'edge.path',
    style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 20 },
  },
  {
    selector: 'node.path-end',
    style: { 'outline-width': 4, 'outline-color': '#2563eb', 'outline-offset': 3 },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 3, 'border-color': '#2563eb', 'overlay-opacity': 0 },
  },
  {
    selector: 'edge:selected',
    style: { width: 3, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' },
  },
  { selector: 'node.fresh', style: { 'outline-width': 2, 'outline-color': '#10b981', 'outline-offset': 2 } },
];
