// The picture inside a node: the kind's icon plus corner badges for flags, as a cached SVG data URI.
import { glyph } from './icons.js';

/** Flags drawn as badges, with the letter and colour investigators learn once. Order = corner order. */
export const BADGES: readonly { flag: string; letter: string; color: string; title: string }[] = [
  { flag: 'sanctioned', letter: 'S', color: '#d62828', title: 'Sanctioned' },
  { flag: 'victim', letter: 'V', color: '#1d70b8', title: 'Victim (masked)' },
  { flag: 'unverified', letter: '?', color: '#e09f00', title: 'Unverified' },
  { flag: 'synthetic', letter: '~', color: '#6b7280', title: 'Synthetic data' },
];

// The image is drawn at IMAGE_SCALE times the node size (clip off), so badges sit on the node's rim.
export const IMAGE_SCALE = 1.45;
const CORNERS = [
  [82, 18],
  [18, 18],
  [82, 82],
  [18, 82],
] as const;

const cache = new Map<string, string>();

function badgeSvg(index: number, letter: string, color: string): string {
  const [x, y] = CORNERS[index] ?? CORNERS[0];
  return `<circle cx="${x}" cy="${y}" r="14" fill="${color}" stroke="#fff" stroke-width="3"/><text x="${x}" y="${y + 6.5}" font-family="Arial,sans-serif" font-weight="bold" font-size="18" text-anchor="middle" fill="#fff">${letter === '~' ? '&#8776;' : letter}</text>`;
}

/** SVG data URI for an icon and a set of flags; same inputs, same string (cached). */
export function nodeImage(icon: string, flags: readonly string[]): string {
  const badges = BADGES.filter((b) => flags.includes(b.flag));
  const key = `${icon}|${badges.map((b) => b.flag).join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const g = glyph(icon);
  const scale = 50 / IMAGE_SCALE / Math.max(g.width, g.height);
  const dx = 50 - (g.width * scale) / 2;
  const dy = 50 - (g.height * scale) / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><g transform="translate(${dx.toFixed(2)} ${dy.toFixed(2)}) scale(${scale.toFixed(5)})"><path fill="#fff" d="${g.path}"/></g>${badges.map((b, i) => badgeSvg(i, b.letter, b.color)).join('')}</svg>`;
  const uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
  cache.set(key, uri);
  return uri;
}
