// XML escaping for the GraphML and GEXF writers.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Control characters are not allowed in XML 1.0 even when escaped: drop them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match control characters
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xml(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
