// Finding the expressions: one pass over the characters picks the places a date may start (a
// number that looks like part of a date, or a word such as 去年, 第, October, quarter); only there
// are the forms that may start so tried, in order, the first that reads a date winning.

import type { Parts } from './calendar.js';
import { DATE_NUMBER, S, type Form, type Reading } from './form.js';
import { englishForms } from './forms-en.js';
import { chineseForms } from './forms-zh.js';
import { lexicon as L, wordsPattern } from './lexicon.js';
import { WordList } from './words.js';

// The ISO form first, so 2026-05-12 is not read as anything shorter; within each language the
// longer readings come first (2026 年第一季度 before 2026 年).
const FORMS: Form[] = [
  ...englishForms.filter((f) => f.name === 'iso'),
  ...chineseForms,
  ...englishForms.filter((f) => f.name !== 'iso'),
];

/** Each form compiled once, to be tried at one position (sticky). */
const COMPILED = new Map(FORMS.map((f) => [f, new RegExp(f.pattern, 'y')]));
const NUMBER_FORMS = FORMS.filter((f) => f.startsAt.digits);
const DATE_NUMBER_AT = new RegExp(DATE_NUMBER, 'y');

/** Start word → the forms that may start there, in FORMS order. */
const STARTS = (() => {
  const formsOf = new Map<string, Form[]>();
  for (const form of FORMS) {
    for (const word of form.startsAt.words ?? []) formsOf.set(word, [...(formsOf.get(word) ?? []), form]);
  }
  return new WordList<Form[]>(formsOf);
})();

/** Full-width digits and Latin letters (２０２６年) read as ASCII; one char for one, so offsets hold. */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D\uFF0F\uFF5E\u3000]/g;
const toHalfWidth = (text: string) =>
  text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The hour after a day belongs to it (7 月 24 日上午 10 时 40 分，…; on Saturday morning, …), so the
 * clause after the date starts where the time ends. Words: temporal.json timeOfDay.
 */
const PART = wordsPattern(L.timeOfDay.parts);
const CLOCK = `\\d{1,2}${S}[时点:：](?:${S}\\d{1,2}${S}分?)?(?:${wordsPattern(L.timeOfDay.about)})?`;
const TIME_TAIL = new RegExp(`${S}(?:(?:${PART})${S}(?:${CLOCK})?|${CLOCK}(?!\\d))`, 'y');
const EN_TIME_TAIL = new RegExp(`\\s+(?:${wordsPattern(L.timeOfDay.english)})\\b`, 'y');
const dayTail = (t: string, end: number, r: Reading): number => {
  if (r.kind !== 'point' || (r.from.d === undefined && r.weekday === undefined && !r.sameDay)) return end;
  for (const re of [TIME_TAIL, EN_TIME_TAIL]) {
    re.lastIndex = end;
    const m = re.exec(t);
    if (m && m[0].trim()) return end + m[0].length;
  }
  return end;
};

export interface Found {
  start: number;
  end: number;
  reading: Reading;
}

/** Every expression in text, in order, none overlapping; readings not yet given a year. */
export function scan(text: string, today: Parts): Found[] {
  const found: Found[] = [];
  const t = toHalfWidth(text);
  let prevEnd = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let forms: Form[] | undefined;
    if (isDigit(c)) {
      if (i > 0 && isDigit(t.charCodeAt(i - 1))) continue;
      DATE_NUMBER_AT.lastIndex = i;
      if (DATE_NUMBER_AT.test(t)) forms = NUMBER_FORMS;
    } else if (STARTS.starts(c)) {
      forms = STARTS.at(t, i)?.tag;
    }
    for (const form of forms ?? []) {
      const re = COMPILED.get(form) as RegExp;
      re.lastIndex = i;
      const m = re.exec(t);
      const groups = m?.groups ?? {};
      const reading = m && form.read((name) => groups[name], today);
      if (!m || !reading) continue;
      // Words read by lookbehind (last October) belong to the expression unless already taken.
      const lead = groups.lead?.length ?? 0;
      const end = dayTail(t, i + m[0].length, reading);
      found.push({ start: i - lead >= prevEnd ? i - lead : i, end, reading });
      prevEnd = end;
      i = end - 1;
      break;
    }
  }
  return found;
}
