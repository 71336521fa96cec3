import type { Page } from '@playwright/test';

/**
 * Counts the pixels in a square of `size` CSS pixels around a screen point whose colour is near `rgb`: how
 * the tests check that something drawn on the canvas (a pin, a line, a dot) is where it should be.
 */
export async function pixelsNear(
  page: Page,
  at: { x: number; y: number },
  size: number,
  rgb: [number, number, number],
): Promise<number> {
  const png = await page.screenshot({
    clip: { x: at.x - size / 2, y: at.y - size / 2, width: size, height: size },
    scale: 'css',
  });
  return page.evaluate(
    async ({ data, rgb: [r, g, b] }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) < 60)
          count++;
      return count;
    },
    { data: png.toString('base64'), rgb },
  );
}
