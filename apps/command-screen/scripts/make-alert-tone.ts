// Writes src/alerts/alert-tone.wav: the short two-note chime the screen plays when an alert rule
// that asks for sound fires. Synthesised here from sine waves, so its provenance is this file.
// Run: pnpm --filter @onescreen/command-screen exec tsx scripts/make-alert-tone.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RATE = 22_050;
/** Two notes, high then lower (E6, C6), each a sine with a quieter octave for a bell-like edge. */
const NOTES = [
  { hz: 1318.51, start: 0, length: 0.26 },
  { hz: 1046.5, start: 0.2, length: 0.34 },
];
const TOTAL = 0.56;

/** The tone's samples in −1…1: a 6 ms attack, then an exponential decay per note. */
export function toneSamples(): Float64Array {
  const out = new Float64Array(Math.round(TOTAL * RATE));
  for (const note of NOTES) {
    const from = Math.round(note.start * RATE);
    const count = Math.round(note.length * RATE);
    for (let i = 0; i < count && from + i < out.length; i++) {
      const t = i / RATE;
      const attack = Math.min(1, t / 0.006);
      const decay = Math.exp(-t / (note.length / 4));
      const wave =
        Math.sin(2 * Math.PI * note.hz * t) + 0.25 * Math.sin(2 * Math.PI * 2 * note.hz * t);
      out[from + i] = (out[from + i] ?? 0) + 0.45 * attack * decay * wave;
    }
  }
  return out;
}

/** A mono 16-bit PCM WAV file of `samples`. */
export function wavFile(samples: Float64Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32_767), i * 2);
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = new URL('../src/alerts/alert-tone.wav', import.meta.url);
  writeFileSync(target, wavFile(toneSamples()));
  console.log(`wrote ${fileURLToPath(target)}`);
}
