// Glyphs for the model's icon names (Font Awesome names in model/kinds.ts), as SVG path data.
import {
  faAt,
  faBan,
  faBriefcase,
  faBuilding,
  faCircle,
  faFileAlt,
  faGlobe,
  faIdCard,
  faLandmark,
  faLaptop,
  faMapMarker,
  faObjectGroup,
  faPhone,
  faPlane,
  faShip,
  faUser,
  faUserSecret,
  faUserTie,
  faWallet,
} from '@fortawesome/free-solid-svg-icons';

export interface Glyph {
  width: number;
  height: number;
  path: string;
}

type FaIcon = { icon: [number, number, unknown, unknown, string | string[]] };

// Keyed by the model's icon name (FA5 names such as map-marker, file-alt), so kinds are never listed here:
// a kind with a new icon falls back to a circle, and tests/unit/web-icons.test.ts flags it.
const BY_NAME: Record<string, FaIcon> = {
  at: faAt,
  ban: faBan,
  briefcase: faBriefcase,
  building: faBuilding,
  'file-alt': faFileAlt,
  globe: faGlobe,
  'id-card': faIdCard,
  landmark: faLandmark,
  laptop: faLaptop,
  'map-marker': faMapMarker,
  // Not a kind's icon: collapsed groups.
  'object-group': faObjectGroup,
  phone: faPhone,
  plane: faPlane,
  ship: faShip,
  user: faUser,
  'user-secret': faUserSecret,
  'user-tie': faUserTie,
  wallet: faWallet,
};

export function hasGlyph(name: string): boolean {
  return name in BY_NAME;
}

export function glyph(name: string): Glyph {
  const [width, height, , , path] = (BY_NAME[name] ?? faCircle).icon;
  return { width, height, path: Array.isArray(path) ? path.join(' ') : path };
}
