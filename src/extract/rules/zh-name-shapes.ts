// The Chinese name rules of zh-quoted.ts, zh-companies.ts, zh-short-forms.ts and zh-persons.ts, asked together by mentions.ts.
import type { Mention } from '../mention.js';
import { registeredCompanyMentions, repeatedGroupMentions, shortCompanyMentions, universityMentions } from './zh-companies.js';
import { listedPersonMentions, orgPersonMentions, titledPersonMentions } from './zh-persons.js';
import { seriesMentions } from './zh-product-phrase.js';
import { shortFormMentions } from './zh-short-forms.js';
import { brandMentions, certificateMentions, journalMentions, quotedProductMentions } from './zh-quoted.js';

/** Quoted products, brands, journals, companies by shape and by declared short form, Latin product lines (Walker S系列), and people after their organisation or in a list; `people` are those found already. */
export function zhNameShapeMentions(text: string, start: number, end: number, people: Mention[]): Mention[] {
  const orgPeople = [...orgPersonMentions(text, start, end), ...titledPersonMentions(text, start, end)];
  return [
    ...quotedProductMentions(text, start, end),
    ...brandMentions(text, start, end),
    ...journalMentions(text, start, end),
    ...certificateMentions(text, start, end),
    ...registeredCompanyMentions(text, start, end),
    ...shortCompanyMentions(text, start, end),
    ...shortFormMentions(text, start, end),
    ...repeatedGroupMentions(text, start, end),
    ...seriesMentions(text, start, end),
    ...universityMentions(text, start, end),
    ...orgPeople,
    ...listedPersonMentions(text, end, [...people.filter((p) => p.start >= start && p.end <= end), ...orgPeople]),
  ];
}
