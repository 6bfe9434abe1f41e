// A form generated from a saved query's parameters: one field per parameter, typed by its declared type.
import { MODEL } from '../../../model/index.js';
import type { QueryParameter } from '../api/types.js';
import { workbench } from '../state/workbench.js';
import { type FieldKind, fieldKind } from './param-values.js';

interface FieldProps {
  id: string;
  kind: FieldKind;
  value: string;
  set: (v: string) => void;
}

function Field({ id, kind, value, set }: FieldProps) {
  if (kind === 'boolean' || kind === 'kind') {
    const options = kind === 'boolean' ? ['true', 'false'] : MODEL.kindNames;
    return (
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">(default)</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    );
  }
  const input = (
    <input
      id={id}
      type={kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text'}
      placeholder={kind === 'list' ? 'comma, separated' : kind === 'id' ? 'entity id' : ''}
      value={value}
      onChange={(e) => set(e.target.value)}
    />
  );
  if (kind !== 'id') return input;
  // Entity parameters take the node selected on the canvas in one click.
  const pick = () => {
    const selected = workbench.store.get().selected[0] ?? workbench.store.get().focus;
    if (selected) set(selected);
  };
  return (
    <div className="row">
      {input}
      <button type="button" onClick={pick} title="Use the selected node">
        ◎
      </button>
    </div>
  );
}

export function ParamForm({
  params,
  values,
  onChange,
}: {
  params: QueryParameter[];
  values: Record<string, string>;
  onChange: (v: Record<string, string>) => void;
}) {
  if (params.length === 0) return <div className="muted">No parameters.</div>;
  return (
    <div className="stack">
      {params.map((p) => (
        <div className="field" key={p.name}>
          <label htmlFor={`param-${p.name}`} title={p.description}>
            {p.name}
            {p.required ? ' *' : ''} <span className="mono">{p.type}</span>{' '}
            {p.description && `— ${p.description}`}
          </label>
          <Field
            id={`param-${p.name}`}
            kind={fieldKind(p)}
            value={values[p.name] ?? ''}
            set={(v) => onChange({ ...values, [p.name]: v })}
          />
        </div>
      ))}
    </div>
  );
}
