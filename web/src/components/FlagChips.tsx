// Flags (sanctioned, victim, unverified, synthetic…) as small chips.
export function FlagChips({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="flags">
      {flags.map((f) => (
        <span key={f} className={`flag ${f}`}>
          {f}
        </span>
      ))}
    </span>
  );
}
