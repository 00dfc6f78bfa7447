// English dated events keyed on the verb (rules/en-dated-verbs.ts): a date no earlier rule used goes to
// what its clause's verb happens to, or to the event noun its phrase follows. Sentences from wire copy
// and trade notes (our dev texts and public news pages).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { named } from './fixtures.js';

const dated = (text: string, date: string, name: string) => {
  const n = named(extractText(text, { date }), name);
  return n && { label: n.label, start: n.start, end: n.end };
};

describe('a plain object of an event-making verb: an Event named by the verb', () => {
  it('VISITED the site in May last year → a visit to the site, last year’s May', () => {
    const s = 'When then-industry minister Ken Saito visited the Chitose construction site in May last year, he told reporters the government would consider extra aid.';
    expect(dated(s, '2025-03-31', 'visit to the Chitose construction site')).toMatchObject({ label: 'Event', start: '2024-05' });
  });
  it('a date with no preposition closing the clause ("visited the plant last Friday")', () => {
    const s = 'He visited the plant last Friday after cutting short a business trip to Australia because of the crisis gripping the steel industry.';
    expect(dated(s, '2016-04-07', 'visit to the plant')).toMatchObject({ start: '2016-04-01' });
  });
  it('START RUNNING the pilot line … in April: the date reaches back over place phrases to the verb', () => {
    const s = 'Rapidus will start running the pilot line at its plant in Chitose, on the northern island of Hokkaido, in April, and aims to begin mass production in 2027.';
    const f = extractText(s, { date: '2025-03-31' });
    expect(named(f, 'start of the pilot line')).toMatchObject({ label: 'Event', start: '2025-04', modality: 'expected' });
  });
});

describe('an event noun the date attaches to', () => {
  it('a relative clause "which cut inflows … from 1 April" dates the tightening it hangs from', () => {
    const s = 'In March he announced a first tightening of quotas, which cut inflows by about 15% from 1 April.';
    expect(dated(s, '2025-10-08', 'tightening of quotas')?.start).toMatch(/-04-01$/);
  });
  it('the object gap "The framework agreement that Brussels and Washington concluded at the end of July"', () => {
    const s = 'The framework agreement that Brussels and Washington concluded at the end of July left steel outside the 15% tariff ceiling.';
    expect(dated(s, '2025-10-08', 'framework agreement')).toMatchObject({ start: '2025-07' });
  });
  it('the subject of an intransitive start verb ("whose definitive phase starts in January 2026")', () => {
    const s = 'The interaction with the Carbon Border Adjustment Mechanism (CBAM), whose definitive phase starts in January 2026 and adds a carbon cost to the same imports.';
    expect(dated(s, '2025-10-08', 'definitive phase')).toMatchObject({ label: 'Event', start: '2026-01' });
  });
  it('a year inside the name is what it is for; the date after it is when it happened ("fiscal 2025 budget late last year")', () => {
    const s = 'The government also earmarked 100 billion yen as a direct investment in Rapidus in its fiscal 2025 budget late last year, a step officials said was meant to encourage private funding.';
    expect(dated(s, '2025-03-31', 'fiscal 2025 budget')).toMatchObject({ start: '2024' });
  });
  it('X of Y is of X: "extended the suspension of higher tariffs to August 1" gives the tariffs no end', () => {
    const s = 'Two days before the deadline, Trump extended the suspension of higher tariffs to August 1 but notified several countries that increased rates would apply from that date.';
    expect(dated(s, '2025-08-01', 'higher tariffs')?.end).toBeUndefined();
  });
});

describe('what it leaves alone', () => {
  it('a name rule’s reading of the phrase keeps its label (the regime stays a Policy)', () => {
    const s = 'The European Commission yesterday proposed a permanent steel import regime that would cut tariff-free quota volumes by 47%.';
    expect(dated(s, '2025-10-08', 'permanent steel import regime')).toMatchObject({ label: 'Policy', start: '2025-10-07' });
  });
  it('never a company: "Tara Mines, which opened in 1977"', () => {
    const s = 'Around 650 workers have been temporarily laid off by Tara Mines, which opened in 1977 and which now produces more than two million tonnes of zinc per year.';
    expect(dated(s, '2023-06-16', 'Tara Mines')?.start).toBeUndefined();
  });
  it('no event from a verb of saying or a deadline ("said last week", "by 2027")', () => {
    const f = extractText(
      'Its president, Henrik Adam, said last week that the industry had been heard. Excess steelmaking capacity could reach 721 million tonnes by 2027.',
      { date: '2025-10-08' },
    );
    expect(f.nodes.filter((n) => n.label === 'Event')).toEqual([]);
  });
});

describe('a dated happening named by its bare head becomes a node', () => {
  it('the deadline OF a date is the deadline’s end ("extend the deadline of July 8")', () => {
    const s = 'Trump voiced willingness to extend the deadline of July 8 in a bid to reach trade deals with its main trading partners.';
    const f = extractText(s, { date: '2025-06-12' });
    expect(named(f, 'deadline')).toMatchObject({ label: 'Event', end: '2025-07-08' });
    expect(named(f, 'trade deals')?.end).toBeUndefined();
  });
  it('a month before "deadline" after any preposition ("face a March deadline for talks")', () => {
    const s = 'Now, the countries face a March deadline for talks to end the damaging trade war, or Washington could proceed with a sharp hike in U.S. tariffs.';
    expect(dated(s, '2019-01-04', 'deadline')).toMatchObject({ end: '2019-03' });
  });
  it('the subject of a scheduling participle ("the hearing was scheduled for Feb. 27") starts then, in the year nearest', () => {
    const s = "In a statement, the committee said the hearing was scheduled for Feb. 27, just days ahead of President Donald Trump's March 1 deadline that the Republican U.S. leader has said could slide.";
    const f = extractText(s, { date: '2019-02-20' });
    expect(named(f, 'hearing')).toMatchObject({ label: 'Event', start: '2019-02-27' });
    expect(named(f, 'deadline')).toMatchObject({ end: '2019-03-01' });
  });
  it('"talks scheduled for next week": the talks are next week’s', () => {
    const s = 'Officials from both countries will hold talks scheduled for next week in London.';
    expect(dated(s, '2025-06-04', 'talks')).toMatchObject({ start: '2025-06-09' });
  });
  it('an event noun before the date’s phrase, bare ("in a budget late last year")', () => {
    const s = 'The government also earmarked 100 billion yen for Rapidus in a budget late last year.';
    expect(dated(s, '2025-03-31', 'budget')).toMatchObject({ start: '2024' });
  });
  it('a bare head of a relative clause in the past ("negotiations concluded in Washington last week")', () => {
    const s = 'A new round of trade talks begins in Beijing on Monday, following up on the most recent set of negotiations concluded in Washington last week without a deal.';
    const f = extractText(s, { date: '2019-02-08' });
    expect(named(f, 'negotiations')).toMatchObject({ start: '2019-01-28' });
    // begins on Monday: a present start verb looks ahead.
    expect(named(f, 'round of trade talks')).toMatchObject({ start: '2019-02-11' });
  });
});

describe('the event the date is of, past a place or a partner', () => {
  it('an event before a place phrase: "At a summit in Argentina late last year"', () => {
    const s = 'At a summit in Argentina late last year, U.S. President Donald Trump and Chinese President Xi Jinping agreed to hold off on additional tariffs for 90 days while they attempted to negotiate a deal.';
    expect(dated(s, '2019-01-04', 'summit')).toMatchObject({ label: 'Event', start: '2018' });
  });
  it('a subject with "between": "Talks between the two sides broke down in May" → the talks end then, named in lower case', () => {
    const s = 'Talks between the two sides broke down in May after US officials accused China of pulling back from commitments it had made previously.';
    const f = extractText(s, { date: '2019-07-03' });
    expect(f.nodes.find((n) => n.name === 'talks')).toMatchObject({ end: '2019-05' });
  });
  it('a period that closes: "after a public comment period closes on Sept. 6" → its end', () => {
    const s = 'Those tariffs, which China has vowed to retaliate against by levying duties on $60 billion of U.S. goods, could take effect after a public comment period closes on Sept. 6.';
    expect(dated(s, '2018-08-17', 'public comment period')).toMatchObject({ end: '2018-09-06' });
  });
});
