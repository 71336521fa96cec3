/**
 * Synthesises the game's sound effects into small WAV files in `assets/audio/`.
 *
 * The sounds are made here from sine and triangle waves with simple envelopes, so the project owns them
 * outright (no third-party samples, no licence to track). Run with `npm run sounds:build`; the output is
 * committed, so building the game never runs this.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE = 22050;

/** One tone: frequency glide, duration, start offset, wave shape and loudness. */
interface Tone {
  from: number;
  to?: number;
  start: number;
  duration: number;
  wave: 'sine' | 'triangle';
  gain: number;
}

/** A waveform sample at phase `phase` (in cycles). */
function wave(shape: Tone['wave'], phase: number): number {
  const cycle = phase - Math.floor(phase);
  if (shape === 'sine') return Math.sin(2 * Math.PI * cycle);
  return 4 * Math.abs(cycle - 0.5) - 1;
}

/** Mixes tones into samples in [-1, 1], with a 5 ms attack and an exponential decay per tone. */
function render(tones: readonly Tone[], length: number): Float32Array {
  const out = new Float32Array(Math.ceil(length * SAMPLE_RATE));
  for (const tone of tones) {
    const start = Math.floor(tone.start * SAMPLE_RATE);
    const count = Math.floor(tone.duration * SAMPLE_RATE);
    let phase = 0;
    for (let i = 0; i < count && start + i < out.length; i++) {
      const t = i / SAMPLE_RATE;
      const progress = i / count;
      const frequency = tone.from + ((tone.to ?? tone.from) - tone.from) * progress;
      phase += frequency / SAMPLE_RATE;
      const attack = Math.min(1, t / 0.005);
      const decay = Math.exp(-4 * progress);
      const release = Math.min(1, (count - i) / (0.01 * SAMPLE_RATE));
      out[start + i] = (out[start + i] ?? 0) + wave(tone.wave, phase) * tone.gain * attack * decay * release;
    }
  }
  return out;
}

/** Encodes samples as 16-bit mono PCM WAV. */
function encodeWav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, i) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), i * 2),
  );
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const note = (from: number, start: number, duration: number, gain = 0.35): Tone => ({
  from,
  start,
  duration,
  wave: 'sine',
  gain,
});

/**
 * The effects: a soft tick, a rising two-note chime, a falling buzz, a bright arpeggio (a region opens),
 * a longer fanfare (a region cleared), a quick double tick (a streak grows), a rising run (a level up),
 * a high sparkle (a star gained) and a soft falling pair (a star fades).
 */
const SOUNDS: Record<string, { tones: Tone[]; length: number }> = {
  click: { tones: [note(1400, 0, 0.04, 0.25)], length: 0.05 },
  correct: {
    tones: [note(659.25, 0, 0.16), note(880, 0.11, 0.3), note(1760, 0.11, 0.3, 0.06)],
    length: 0.42,
  },
  wrong: {
    tones: [{ from: 233, to: 165, start: 0, duration: 0.32, wave: 'triangle', gain: 0.3 }],
    length: 0.34,
  },
  unlock: {
    tones: [
      note(523.25, 0, 0.14),
      note(659.25, 0.09, 0.14),
      note(783.99, 0.18, 0.14),
      note(1046.5, 0.27, 0.55),
      note(2093, 0.27, 0.55, 0.05),
    ],
    length: 0.84,
  },
  fanfare: {
    tones: [
      note(392, 0, 0.12),
      note(523.25, 0.1, 0.12),
      note(659.25, 0.2, 0.12),
      note(783.99, 0.3, 0.2),
      note(659.25, 0.5, 0.1, 0.25),
      note(783.99, 0.6, 0.1, 0.25),
      note(1046.5, 0.7, 0.8),
      note(1318.5, 0.7, 0.8, 0.12),
      note(2093, 0.7, 0.8, 0.04),
    ],
    length: 1.55,
  },
  streak: {
    tones: [note(880, 0, 0.08, 0.3), note(1174.66, 0.07, 0.16, 0.3)],
    length: 0.25,
  },
  level: {
    tones: [
      { from: 440, to: 880, start: 0, duration: 0.3, wave: 'triangle', gain: 0.22 },
      note(880, 0.28, 0.14),
      note(1108.73, 0.38, 0.14),
      note(1318.51, 0.48, 0.5),
    ],
    length: 1.0,
  },
  star: {
    tones: [note(1567.98, 0, 0.12, 0.22), note(2093, 0.06, 0.3, 0.2), note(3135.96, 0.06, 0.3, 0.05)],
    length: 0.4,
  },
  fade: {
    tones: [note(587.33, 0, 0.16, 0.22), note(440, 0.12, 0.3, 0.22)],
    length: 0.45,
  },
};

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
mkdirSync(outDir, { recursive: true });
for (const [name, { tones, length }] of Object.entries(SOUNDS)) {
  const file = join(outDir, `${name}.wav`);
  const bytes = encodeWav(render(tones, length));
  writeFileSync(file, bytes);
  console.log(`${file}: ${bytes.length} bytes`);
}
