/**
 * Characters no stored text may hold: NUL and the other control characters (tab, newline and
 * carriage return aside), the two non-characters XML cannot carry, and lone UTF-16 surrogates
 * (which no encoding can store: Neo4j would silently turn them into U+FFFD). Exports write
 * text into XML and CSV, where these would break the file or hide content.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (CONTROL.test(value)) return 'must not contain control characters (tab and newline aside)';
  if (LONE_SURROGATE.test(value)) return 'must not contain a lone surrogate (malformed UTF-16)';
  return null;
}

/** `value` with every character `textProblem` refuses replaced by U+FFFD (for writing out data stored before the rule). */
export function cleanText(value: string): string {
  return value.replace(new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g'), '\uFFFD');
}

/** At most `max` characters of client input, for echoing it in a message or a log line. */
export function excerpt(value: string, max = 40): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}

/** Every string inside `value` (objects and arrays at any depth) that cannot be stored as text, with its path. */
export function textProblemsIn(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; message: string }> {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ path, message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblemsIn(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textProblemsIn(item, [...path, key]));
  return [];
}
