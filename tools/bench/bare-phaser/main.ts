/**
 * The bare-Phaser baseline for `npm run bench`: one Phaser 4 scene and nothing else, built by the same
 * Vite with the same target as the game. DESIGN.md's load and frame-time budgets are ratios to this page.
 *
 * What it draws, and why: a world the size of the game's map (2000 × 1841 units) with a background image
 * covering it, 21 region-like shapes (random polygons rasterised once into canvas textures and shown as
 * tinted images, as the game's map draws its 21 regions) and a text label on each. Dragging pans the
 * camera as the map does. So the scene costs what the map's content costs Phaser per frame, and the
 * comparison shows what the game adds on top.
 */
import * as Phaser from 'phaser';
import { BARE_USABLE_MARK } from './marks';

const WORLD = { width: 2000, height: 1841 };
const SHAPES = 21;

/** A small deterministic generator, so every run draws the same shapes. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A canvas with a random star-shaped polygon filled white and outlined grey (tinted when drawn). */
function shapeCanvas(random: () => number, size: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  const points = 40;
  ctx.beginPath();
  for (let i = 0; i < points; i++) {
    const angle = (i / points) * Math.PI * 2;
    const radius = (size / 2 - 2) * (0.6 + 0.4 * random());
    const x = size / 2 + Math.cos(angle) * radius;
    const y = size / 2 + Math.sin(angle) * radius;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#5a5248';
  ctx.lineWidth = 2;
  ctx.stroke();
  return canvas;
}

/** The one scene: draws the world once, then pans on drag. */
class BareScene extends Phaser.Scene {
  create(): void {
    const random = seeded(7);
    this.cameras.main.setBackgroundColor(0xcfe3ee);
    const background = document.createElement('canvas');
    background.width = WORLD.width;
    background.height = WORLD.height;
    const ctx = background.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.fillStyle = '#ebe5d8';
    ctx.fillRect(0, 0, WORLD.width * 0.8, WORLD.height * 0.7);
    this.textures.addCanvas('background', background);
    this.add.image(0, 0, 'background').setOrigin(0, 0);
    for (let i = 0; i < SHAPES; i++) {
      const size = Math.round(200 + random() * 300);
      this.textures.addCanvas(`shape-${i}`, shapeCanvas(random, size));
      const x = random() * (WORLD.width - size);
      const y = random() * (WORLD.height - size);
      this.add
        .image(x, y, `shape-${i}`)
        .setOrigin(0, 0)
        .setTint(Phaser.Display.Color.GetColor(150 + random() * 100, 150 + random() * 100, 120));
      this.add
        .text(x + size / 2, y + size / 2, `Region ${i + 1}`, {
          fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
          fontSize: '15px',
          color: '#1b1b1b',
          stroke: '#ffffff',
          strokeThickness: 3,
        })
        .setOrigin(0.5, 0.5)
        .setResolution(2);
    }
    const camera = this.cameras.main;
    camera.setZoom(Math.min(this.scale.width / WORLD.width, this.scale.height / WORLD.height));
    camera.centerOn(WORLD.width / 2, WORLD.height / 2);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      if (!pointer.isDown) return;
      camera.scrollX -= (pointer.x - pointer.prevPosition.x) / camera.zoom;
      camera.scrollY -= (pointer.y - pointer.prevPosition.y) / camera.zoom;
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark(BARE_USABLE_MARK));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: 0xcfe3ee,
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false },
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: BareScene,
});
