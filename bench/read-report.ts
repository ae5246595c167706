import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readReport } from '../src/reader/read.js';

/**
 * How long reading a report takes. The reports of tests/fixtures/reports are joined into texts of
 * about 1,000 words; the baseline of the same run is splitting the same text into sentences
 * (Intl.Segmenter), the least any reader of the text has to do.
 */
const dir = path.resolve(import.meta.dirname, '../tests/fixtures/reports');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
const reports: string[] = [];
let current = '';
for (const t of [...texts, ...texts]) {
  current += `${t}\n`;
  if (words(current) >= 1000) {
    reports.push(current);
    current = '';
  }
}

/** Wall-clock and CPU milliseconds of each run (CPU time is what the reader costs on a busy machine). */
function timeEach(run: (text: string) => unknown): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of reports) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      run(text);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - started);
    }
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
readReport({ text: reports[0]! }); // warm up
const baseline = timeEach((text) => [...segmenter.segment(text)].length);
const reading = timeEach((text) => readReport({ text }));
const pick = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(list.length * q))]!;
console.log(`reports: ${reports.length} of ${reports.map(words).join(', ')} words, 5 rounds`);
const line = (label: string, times: number[]) => `${label} median ${pick(times, 0.5).toFixed(2)} ms, p95 ${pick(times, 0.95).toFixed(2)} ms, max ${pick(times, 1).toFixed(2)} ms`;
console.log(line('sentence split only, wall:', baseline.wall));
console.log(line('readReport, wall:         ', reading.wall));
console.log(line('readReport, CPU:          ', reading.cpu));
console.log(`ratio (median wall): ${(pick(reading.wall, 0.5) / pick(baseline.wall, 0.5)).toFixed(0)}x the sentence split`);
