// An entity's properties; masked fields (victims' personal data) say so instead of showing a value, and a
// role that may unmask gets "Reveal…" (a dialog that asks for the purpose).
import { useState } from 'react';
import { useCan } from '../hooks/use-session.js';
import { UnmaskDialog } from './UnmaskDialog.js';

const HIDDEN = new Set(['searchText', 'sourceIds', 'origins']);

function show(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function PropertiesTable({
  id,
  properties,
  masked,
}: {
  id: string;
  properties: Record<string, unknown>;
  masked: string[];
}) {
  const mayUnmask = useCan('victims.unmask');
  const [unmasking, setUnmasking] = useState(false);
  const keys = [...new Set([...Object.keys(properties), ...masked])].filter((k) => !HIDDEN.has(k)).sort();
  return (
    <>
      {masked.length > 0 && mayUnmask && (
        <button type="button" className="reveal" onClick={() => setUnmasking(true)}>
          Reveal masked fields…
        </button>
      )}
      {unmasking && <UnmaskDialog id={id} masked={masked} onClose={() => setUnmasking(false)} />}
      <table className="props">
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <td title={k}>{k}</td>
              <td>
                {masked.includes(k) ? (
                  <span className="masked" title="Masked: personal data of a possible victim">
                    ■■■■■ masked
                  </span>
                ) : (
                  show(properties[k])
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
