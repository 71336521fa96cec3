/**
 * Makes the app's PNG icons (manifest, maskable and apple-touch-icon) from the project's own design,
 * `assets/icon.svg`, with no image library or browser: the SVG's few shapes are rasterised in
 * `tools/icons/raster.ts` and written by `tools/icons/png.ts`. Run with `npm run icons:build`; the PNGs are
 * committed, because the build copies them from `public/icons/` as they are.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_DIR, ICON_FILES } from './icons/iconSet';
import { encodePng } from './icons/png';
import { renderIcon } from './icons/raster';
import { parseIconSvg } from './icons/svgDesign';

const root = fileURLToPath(new URL('..', import.meta.url));
const design = parseIconSvg(readFileSync(join(root, 'assets', 'icon.svg'), 'utf8'));
mkdirSync(join(root, ICON_DIR), { recursive: true });
for (const icon of ICON_FILES) {
  const { size, rgba } = renderIcon(design, icon.size, icon.variant);
  const png = encodePng(size, size, rgba);
  writeFileSync(join(root, ICON_DIR, icon.file), png);
  console.log(`${ICON_DIR}/${icon.file}: ${size}×${size} ${icon.variant}, ${png.length} bytes`);
}
