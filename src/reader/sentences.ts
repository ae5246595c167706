/** A sentence of a report with where it starts in the text, so the Explorer can highlight it. */
export interface Sentence {
  text: string;
  start: number;
}

// Intl.Segmenter ends a sentence at every full stop; in Indonesian reports a stop also closes
// titles and abbreviations ("Prof.", "Dr.", "No.", "PT.", "H."), so a segment that ends in one of
// these is joined with the next. A stop after a single capital ("Jaffee A. Suardin") is an initial.
const ABBREVIATION_AT_END = /(?:\b(?:prof|dr|drs|dra|ir|hj?|no|nomor|pt|cv|tbk|st|sh|se|mm|mt|msi|m\.si|s\.t|s\.h|s\.e|s\.pd|m\.pd|kec|kab|jl|bpk|ibu|sdr|[A-Z]))\.\s*$/iu;

const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });

/**
 * Splits a report into sentences with the platform's Unicode sentence segmenter (Intl.Segmenter,
 * UAX #29), line by line: a line break always ends a sentence in pasted news text (headlines,
 * captions and paragraphs carry no final stop).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let pending: Sentence | null = null;
    for (const { segment, index } of segmenter.segment(line)) {
      const start = lineStart + index;
      pending = pending ? { text: pending.text + segment, start: pending.start } : { text: segment, start };
      if (!ABBREVIATION_AT_END.test(pending.text)) {
        push(sentences, pending);
        pending = null;
      }
    }
    if (pending) push(sentences, pending);
    lineStart += line.length + 1;
  }
  return sentences;
}

function push(list: Sentence[], sentence: Sentence) {
  const trimmedStart = sentence.text.length - sentence.text.trimStart().length;
  const text = sentence.text.trim();
  if (text.length > 0) list.push({ text, start: sentence.start + trimmedStart });
}
