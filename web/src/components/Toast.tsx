// The last message (info or error), fading after a few seconds unless it is an error.
import { useEffect } from 'react';
import { useUi } from '../hooks/use-ui.js';
import { workbench } from '../state/workbench.js';

export function Toast() {
  const message = useUi((s) => s.message);
  useEffect(() => {
    if (!message || message.tone === 'error') return;
    const timer = setTimeout(() => workbench.store.set({ message: null }), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  if (!message) return null;
  return (
    <div className={`toast ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
      <span>{message.text}</span>
      <button type="button" aria-label="Dismiss" onClick={() => workbench.store.set({ message: null })}>
        ✕
      </button>
    </div>
  );
}
