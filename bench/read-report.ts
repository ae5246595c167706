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

function timeEach(run: (text: string) => unknown): number[] {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of reports) {
      const started = performance.now();
      run(text);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
readReport({ text: reports[0]! }); // warm up
const baseline = timeEach((text) => [...segmenter.segment(text)].length);
const reading = timeEach((text) => readReport({ text }));
const pick = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(list.length * q))]!;
console.log(`reports: ${reports.length} of ${reports.map(words).join(', ')} words, 5 rounds`);
console.log(`sentence split only: median ${pick(baseline, 0.5).toFixed(2)} ms, p95 ${pick(baseline, 0.95).toFixed(2)} ms`);
console.log(`readReport:          median ${pick(reading, 0.5).toFixed(2)} ms, p95 ${pick(reading, 0.95).toFixed(2)} ms, max ${pick(reading, 1).toFixed(2)} ms`);
console.log(`ratio (median): ${(pick(reading, 0.5) / pick(baseline, 0.5)).toFixed(1)}x the sentence split`);
