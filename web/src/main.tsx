// Entry point: styles, canvas behaviours (context menu, gestures), then the React workbench.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthGate } from './components/AuthGate.js';
import type { LayoutName } from './graph/layouts.js';
import { installContextMenu } from './state/context-menu.js';
import { expand } from './state/expand.js';
import { installInteractions } from './state/interactions.js';
import { startSession } from './state/session.js';
import { layoutAll } from './state/view-ops.js';
import { workbench } from './state/workbench.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/overlays.css';
import './styles/panels.css';

installContextMenu(workbench);
installInteractions(workbench);
workbench.exposed.layout = (name: LayoutName) => layoutAll(workbench, name);
workbench.exposed.expand = (ids: string[]) => expand(workbench, ids);

// GET /auth/me first: the login screen on 401, the workbench otherwise.
void startSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AuthGate />
  </StrictMode>,
);
