// An entity's properties; masked fields (victims' personal data) say so instead of showing a value.
const HIDDEN = new Set(['searchText', 'sourceIds', 'origins']);

function show(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function PropertiesTable({
  properties,
  masked,
}: {
  properties: Record<string, unknown>;
  masked: string[];
}) {
  const keys = [...new Set([...Object.keys(properties), ...masked])].filter((k) => !HIDDEN.has(k)).sort();
  return (
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
  );
}
