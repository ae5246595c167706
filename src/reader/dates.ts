/**
 * Dates as Indonesian reports write them. The general date parsers (chrono-node and the like)
 * have no Indonesian locale, and reports use a handful of fixed shapes, so these few patterns
 * cover them: the dateline "Selasa (15/1/2025)", "(22/12)" with the year of publication,
 * "17 Mei 2023", "Rabu, 25-26 Juni 2024" (the first day), and English "15 January 2025".
 */

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, pebruari: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nop: 11, nov: 11, nopember: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

export const WEEKDAYS = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'jum’at', 'sabtu', 'ahad'];

export interface FoundDate {
  iso: string;
  /** The words as written, e.g. "Selasa (15/1/2025)". */
  text: string;
  /** A weekday next to the date makes it the date of what the sentence reports. */
  withWeekday: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const NUMERIC = new RegExp(`(${WEEKDAY}\\s*(?:\\w+\\s*)?)?\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\)`, 'giu');
const WORDED = new RegExp(
  `(${WEEKDAY}[,\\s]+(?:(?:pagi|siang|sore|malam)\\s+)?)?(?:tanggal\\s+)?(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+(${Object.keys(MONTHS).join('|')})\\.?\\s+(\\d{4})`,
  'giu',
);

/** Every date a sentence names; `year` completes "(22/12)" (the year the report was published). */
export function findDates(sentence: string, year?: number): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of sentence.matchAll(NUMERIC)) {
    const y = m[4] ? Number(m[4]) : year;
    if (y === undefined) continue;
    const date = iso(y, Number(m[3]), Number(m[2]));
    if (date) found.push({ iso: date, text: m[0].trim(), withWeekday: Boolean(m[1]) });
  }
  for (const m of sentence.matchAll(WORDED)) {
    const date = iso(Number(m[4]), MONTHS[m[3]!.toLowerCase()]!, Number(m[2]));
    if (date) found.push({ iso: date, text: m[0].trim(), withWeekday: Boolean(m[1]) });
  }
  return found;
}
