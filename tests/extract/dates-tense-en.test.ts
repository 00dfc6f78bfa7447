// The year or week of an English date written without one, by the tense of its clause's verb group
// (dates/tense-en.ts): a past verb or a perfect puts "in March" / "on Tuesday" before the briefing date,
// will/would, a present plan/aim/expect/due/set + to-infinitive or "is scheduled" after it. Sentences
// from our dev texts and from public news pages, each with the briefing date of its story.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/extract/dates.js';
import { retenseEnglish } from '../../src/extract/dates/tense-en.js';
import { extractText } from '../../src/extract/index.js';
import { named } from './fixtures.js';

/** The value of the date `words` in sentence s, read on briefing date d. */
const valueOf = (s: string, d: string, words: string) => {
  const xs = findTemporalExpressions(s, d);
  retenseEnglish(s, 0, s.length, xs, d);
  return xs.find((x) => x.text.includes(words))?.value;
};

describe('a past clause puts a bare month or weekday before the briefing date', () => {
  it('a past verb opening the clause after its date: "In March he announced" (October story) → this March, not next', () => {
    const s = 'In March he announced a first tightening of quotas, which cut inflows by about 15% from 1 April.';
    expect(valueOf(s, '2025-10-08', 'March')?.start).toBe('2025-03');
  });
  it('a past verb far before the date: "opened its second factory in … Kumamoto in March"', () => {
    const s = 'The company opened its second factory in the northern city of Kumamoto in March.';
    expect(valueOf(s, '2025-10-08', 'March')?.start).toBe('2025-03');
  });
  it('a pluperfect of saying: "had said in November that the plan was on track"', () => {
    const s = 'Officials had said in November that the plan was on track.';
    expect(valueOf(s, '2025-10-08', 'November')?.start).toBe('2024-11');
  });
  it('a relative clause in the past: "which began partial operation on Tuesday" (a Friday story) → the Tuesday before', () => {
    const s = 'A prototype chip line, which began partial operation on Tuesday at a plant in Hokkaido, is scheduled to be fully up and running within the month, the report said.';
    expect(valueOf(s, '2025-04-04', 'Tuesday')?.start).toBe('2025-04-01');
  });
  it('a past copula: "As of February, negotiations with customers were ongoing"', () => {
    const s = 'As of February, negotiations with customers were ongoing, and the company was hopeful the ink would be dried on some contracts.';
    expect(valueOf(s, '2021-03-21', 'February')?.start).toBe('2021-02');
  });
  it('a verb whose past is its base, after "which": "which cut inflows by about 15% from 1 April" (October story)', () => {
    const s = 'In March he announced a first tightening of quotas, which cut inflows by about 15% from 1 April.';
    expect(valueOf(s, '2025-10-08', '1 April')?.start).toBe('2025-04-01');
  });
});

describe('a clause that looks ahead puts it after', () => {
  it('will + verb far before the weekday: "will hold another round of talks … in Geneva on Thursday"', () => {
    const s = 'The two sides will hold another round of talks with Chinese officials in Geneva on Thursday.';
    expect(valueOf(s, '2025-10-08', 'Thursday')?.start).toBe('2025-10-09');
  });
  it('is set to + verb: "Rapidus is set to start the operations of a pilot line … on Tuesday" (a Saturday story)', () => {
    const s = 'Rapidus is set to start the operations of a pilot line at its plant for advanced semiconductors in Chitose, Hokkaido, on Tuesday.';
    expect(valueOf(s, '2025-03-29', 'Tuesday')?.start).toBe('2025-04-01');
  });
  it('is due to + verb: "is due to publish its proposal … in December" (a January story) → next December', () => {
    const s = 'The EU is due to publish its proposal for a new steel regime in December.';
    expect(valueOf(s, '2026-01-20', 'December')?.start).toBe('2026-12');
  });
  it('a date in a reported clause with would: "said it would start shipping the chips to customers in January" (a March story)', () => {
    const s = 'The company said it would start shipping the chips to customers in January.';
    expect(valueOf(s, '2025-03-10', 'January')?.start).toBe('2026-01');
  });
  it('a bare verb joined by "and" shares the modal: "will open its new plant in November and begin shipments in January"', () => {
    const s = 'The company will open its new plant in November and begin shipments in January.';
    expect(valueOf(s, '2025-03-15', 'January')?.start).toBe('2026-01');
  });
  it('would in the reported clause puts "would take effect on Aug. 1" ahead, though "told" before it is past', () => {
    const s = 'Asked to clarify, Commerce Secretary Howard Lutnick told reporters the higher tariffs would take effect on Aug. 1, but Trump was setting the rates and the deals right now.';
    expect(valueOf(s, '2025-07-07', 'Aug. 1')?.start).toBe('2025-08-01');
  });
});

describe('a past plan puts it in the nearest year, whichever side', () => {
  it('"the hearing was scheduled for Feb. 27" a week before it is this February, not last', () => {
    const s = "In a statement, the committee said the hearing was scheduled for Feb. 27, just days ahead of President Donald Trump's March 1 deadline.";
    expect(valueOf(s, '2019-02-20', 'Feb. 27')?.start).toBe('2019-02-27');
  });
  it('a noun compromise took for a verb (trade talks) is read past: "will hold … trade talks in Beijing on Monday and Tuesday"', () => {
    const s = 'China and the United States will hold vice ministerial level trade talks in Beijing on Monday and Tuesday.';
    expect(valueOf(s, '2019-01-04', 'Monday')?.start).toBe('2019-01-07');
  });
});

describe('what the tense leaves alone', () => {
  it('an infinitive of no plan word decides nothing ("voiced willingness to extend the deadline of July 8")', () => {
    const s = 'Trump voiced willingness to extend the deadline of July 8 in a bid to reach trade deals with its main trading partners.';
    expect(valueOf(s, '2025-06-12', 'July 8')?.start).toBe('2025-07-08');
  });
  it('a past act may set a date still to come: "later delayed the effective date … until July 9" stays this July', () => {
    const s = 'In April Trump unveiled a base tariff rate of 10% on most countries, although he later delayed the effective date for all but 10% until July 9.';
    expect(valueOf(s, '2025-07-07', 'July 9')?.start).toBe('2025-07-09');
  });
  it('a past plan says nothing of its date: "was expected to approve the plan in November"', () => {
    const s = 'The government was expected to approve the plan in November.';
    expect(valueOf(s, '2025-10-08', 'November')?.start).toBe('2025-11');
  });
  it('a date that fixes its own side: "last March" under a future verb stays last March', () => {
    const s = 'The ministry will review the quota it set last March.';
    expect(valueOf(s, '2025-10-08', 'March')?.start).toBe('2025-03');
  });
  it('a participle before a noun is no verb of the clause: "the proposed rules … in March" keeps the nearest year', () => {
    const s = 'Comments on the proposed rules for imports of copper in March.';
    expect(valueOf(s, '2025-10-08', 'March')?.start).toBe('2026-03');
  });
});

describe('the node takes the moved date', () => {
  it('"will start running the pilot line … in April" keeps April ahead and expected', () => {
    const s = 'Rapidus will start running the pilot line at its plant in Chitose, on the northern island of Hokkaido, in April, and aims to begin mass production in 2027.';
    expect(named(extractText(s, { date: '2025-03-31' }), 'start of the pilot line')).toMatchObject({ start: '2025-04', modality: 'expected' });
  });
});

describe('English spans the forms read', () => {
  const at = (s: string, d: string) => findTemporalExpressions(s, d).map((x) => x.value);
  it('"over the past two weeks" is the fortnight up to the briefing date', () => {
    expect(at('Prices have risen over the past two weeks.', '2025-10-08')).toEqual([{ start: '2025-09-24', end: '2025-10-08' }]);
  });
  it('"the first half of next year" is next year’s half, one span', () => {
    expect(at('The plant will start mass production in the first half of next year.', '2025-10-08')).toEqual([{ start: '2026-01', end: '2026-06' }]);
  });
  it('"by year-end" is this year', () => {
    expect(at('The company aims to finish the review by year-end.', '2025-10-08')).toEqual([{ start: '2025' }]);
  });
  it('"last week" alone stays the calendar week, not a span of seven days', () => {
    expect(at('The talks ended last week.', '2025-10-08')).toEqual([{ start: '2025-09-29', end: '2025-10-05' }]);
  });
});
