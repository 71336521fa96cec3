import type * as Phaser from 'phaser';
import type { LabelObstacle } from '../../core/map/labelPlacement';
import type { MapAnswer, MapMark } from '../../core/map/mapView';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const MARK_RADIUS = 13;
const PIN_RADIUS = 8;
/** How far right of and above its pin the distance's label starts (screen pixels). */
const PIN_LABEL_OFFSET = 12;
const PIN_COLOUR = 0x1b7f3a;
const CLICK_COLOUR = 0xb3261e;
const INK = 0x1d3557;
const PATH_COLOUR = 0x1b7f3a;

/**
 * What the map draws over the regions for a map question: the numbered marks while it is asked, then the
 * answer (a pin on the right spot, a line from the player's click, the distance, and for a line question the
 * river or route itself, with the pin on its point nearest the click). Everything is drawn at a
 * constant size on screen: {@link AnswerOverlay.setScale} follows the camera's zoom.
 */
export class AnswerOverlay {
  private readonly marks: Phaser.GameObjects.Container[] = [];
  private readonly line: Phaser.GameObjects.Graphics;
  private readonly pins: Phaser.GameObjects.Container[] = [];
  private answer: MapAnswer | null = null;
  private scale = 1;

  constructor(private readonly scene: Phaser.Scene) {
    this.line = scene.add.graphics().setDepth(8);
  }

  /** Whether numbered marks are shown (a place question is being asked). */
  get hasMarks(): boolean {
    return this.marks.length > 0;
  }

  /** The marks and pins (with the distance's label) as boxes on screen around their points: labels avoid them. */
  obstacles(): LabelObstacle[] {
    const mark = MARK_RADIUS + 2;
    const pin = PIN_RADIUS + 2;
    return [
      ...this.marks.map((object): LabelObstacle => ({
        point: [object.x, object.y],
        box: [-mark, -mark, mark, mark],
      })),
      ...this.pins.map((object): LabelObstacle => {
        const text = object.list.find((part) => part.type === 'Text') as Phaser.GameObjects.Text | undefined;
        const right = text ? PIN_LABEL_OFFSET + text.width : pin;
        const top = text ? -PIN_LABEL_OFFSET - text.height : -pin;
        return { point: [object.x, object.y], box: [-pin, Math.min(-pin, top), Math.max(pin, right), pin] };
      }),
    ];
  }

  /** Whether an answer's pin is shown. */
  get hasAnswer(): boolean {
    return this.answer !== null;
  }

  /** Draws the numbered marks (replacing any), or none. */
  showMarks(marks: readonly MapMark[]): void {
    for (const mark of this.marks.splice(0)) mark.destroy();
    for (const mark of marks) {
      const disc = this.scene.add.graphics();
      disc.fillStyle(0xffffff, 1).fillCircle(0, 0, MARK_RADIUS);
      disc.lineStyle(3, INK, 1).strokeCircle(0, 0, MARK_RADIUS);
      const number = this.scene.add
        .text(0, 0, String(mark.number), {
          fontFamily: FONT,
          fontSize: '16px',
          color: '#1d3557',
          fontStyle: 'bold',
        })
        .setOrigin(0.5)
        .setResolution(2);
      this.marks.push(
        this.scene.add
          .container(mark.point[0], mark.point[1], [disc, number])
          .setDepth(9)
          .setScale(this.scale),
      );
    }
  }

  /** Draws the answer (pin, line, distance), or clears it. */
  showAnswer(answer: MapAnswer | null): void {
    this.answer = answer;
    for (const pin of this.pins.splice(0)) pin.destroy();
    this.line.clear();
    if (!answer) return;
    if (answer.click) this.pins.push(this.dot(answer.click, CLICK_COLOUR, ''));
    const km = answer.km === undefined ? '' : `${Math.round(answer.km).toLocaleString('en-GB')} km`;
    this.pins.push(this.dot(answer.target, PIN_COLOUR, km));
    this.drawLine();
  }

  /** Keeps marks, pins and line the same size on screen at a new camera zoom (`scale` is 1 / zoom). */
  setScale(scale: number): void {
    this.scale = scale;
    for (const object of [...this.marks, ...this.pins]) object.setScale(scale);
    this.drawLine();
  }

  private drawLine(): void {
    this.line.clear();
    const answer = this.answer;
    const path = answer?.path;
    if (path && path.length > 1) {
      this.line.lineStyle(4 * this.scale, PATH_COLOUR, 0.85);
      this.line.beginPath();
      path.forEach(([x, y], index) => (index === 0 ? this.line.moveTo(x, y) : this.line.lineTo(x, y)));
      this.line.strokePath();
    }
    if (!answer?.click) return;
    this.line.lineStyle(3 * this.scale, CLICK_COLOUR, 0.9);
    this.line.lineBetween(answer.click[0], answer.click[1], answer.target[0], answer.target[1]);
  }

  /** A pin: a filled dot with a white ring, and a label beside it when given. */
  private dot(point: [number, number], colour: number, label: string): Phaser.GameObjects.Container {
    const disc = this.scene.add.graphics();
    disc.fillStyle(colour, 1).fillCircle(0, 0, PIN_RADIUS);
    disc.lineStyle(3, 0xffffff, 1).strokeCircle(0, 0, PIN_RADIUS);
    const parts: Phaser.GameObjects.GameObject[] = [disc];
    if (label)
      parts.push(
        this.scene.add
          .text(PIN_LABEL_OFFSET, -PIN_LABEL_OFFSET, label, {
            fontFamily: FONT,
            fontSize: '15px',
            color: '#ffffff',
            backgroundColor: '#1d3557',
            padding: { x: 5, y: 2 },
          })
          .setOrigin(0, 1)
          .setResolution(2),
      );
    return this.scene.add.container(point[0], point[1], parts).setDepth(9).setScale(this.scale);
  }
}
