// The workbench: top bar, tools on the left, canvas in the middle, details on the right, status at the bottom.
import { useCallback, useRef, useState } from 'react';
import { useShortcuts } from '../hooks/use-shortcuts.js';
import { DetailsPanel } from './DetailsPanel.js';
import { GraphCanvas } from './GraphCanvas.js';
import { ShortcutsHelp } from './ShortcutsHelp.js';
import { SidePanel } from './SidePanel.js';
import { StatusBar } from './StatusBar.js';
import { TopBar } from './TopBar.js';

export function App() {
  const [help, setHelp] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  useShortcuts(toggleHelp);
  return (
    <div className="app">
      <TopBar onHelp={toggleHelp} />
      <div className="main">
        <SidePanel />
        <GraphCanvas containerRef={container} />
        <aside className="sidebar right">
          <DetailsPanel />
        </aside>
      </div>
      <StatusBar container={container} />
      {help && <ShortcutsHelp onClose={toggleHelp} />}
    </div>
  );
}
