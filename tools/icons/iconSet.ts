/**
 * The PNG icons made from `assets/icon.svg`: one list shared by the generator (`tools/make-icons.ts`), the
 * web manifest in `vite.config.ts` and the tests, so a size can never be listed in one place only.
 */
import type { IconVariant } from './raster';

/** One generated icon. */
export interface IconFile {
  /** File name in `public/icons/`, served as `icons/<file>` next to `index.html`. */
  file: string;
  size: number;
  variant: IconVariant;
  /** The manifest `purpose`, or null for icons that are linked from `index.html` instead. */
  purpose: 'any' | 'maskable' | null;
}

/** Folder of the generated icons, relative to the project root. */
export const ICON_DIR = 'public/icons';

/** Every generated icon: manifest icons for installing, and the apple-touch-icon for iOS home screens. */
export const ICON_FILES: readonly IconFile[] = [
  { file: 'icon-192.png', size: 192, variant: 'any', purpose: 'any' },
  { file: 'icon-512.png', size: 512, variant: 'any', purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, variant: 'maskable', purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, variant: 'full-bleed', purpose: null },
];
