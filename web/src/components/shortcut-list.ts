// The keyboard shortcuts, listed once for the help dialog and docs/ui.md.
export const SHORTCUTS: readonly [string, string][] = [
  ['/', 'Focus search'],
  ['E', 'Expand selected nodes'],
  ['C', 'Collapse / expand the selected group'],
  ['X', 'Paths between the two selected nodes'],
  ['H / Shift+H', 'Hide selection / show hidden'],
  ['P', 'Pin / unpin selection'],
  ['Delete', 'Remove selection from the canvas'],
  ['L / Shift+L', 'Layout everything / the selection'],
  ['F', 'Fit to screen'],
  ['Ctrl+A', 'Select all'],
  ['Esc', 'Clear selection and path highlight'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo'],
  ['Ctrl+S', 'Save investigation'],
  ['?', 'This help'],
];
