import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';

// A plain English news article: headline, byline, dateline, no headings, no reference list.
const ARTICLE = `Supreme Court strikes down Trump's IEEPA tariffs in 6-3 ruling

By Lawrence Hurley, Reuters
February 20, 2026

WASHINGTON (Reuters) - The U.S. Supreme Court on Friday ruled 6-3 that the International Emergency Economic Powers Act does not authorize the president to impose tariffs, striking down most of the duties President Donald J. Trump imposed on China and other trading partners. The case, Learning Resources, Inc. v. Trump, was argued in November.

Chief Justice John Roberts wrote for the majority that the 1977 law "says nothing about tariffs." Duties collected under the law, about $133.5 billion by one estimate, may now have to be refunded, according to the Penn Wharton Budget Model. Importers such as No. 5 toy maker Learning Resources had argued the tariffs cost them millions.

The administration said it would rebuild its tariff program under other statutes, including Section 232 and Section 301 of the Trade Act of 1974. Beijing's commerce ministry welcomed the ruling, Xinhua reported. Analysts expect U.S. effective tariff rates to fall to about 9.1% from 16.8%, at least for now.
`;

describe('a plain English news article', () => {
  const b = parseBriefing(ARTICLE, { name: 'ieepa.txt' });

  it('is read as English', () => {
    expect(b.language).toBe('en');
  });

  it('takes the headline as title and the dateline under the byline as date', () => {
    expect(b.title).toBe("Supreme Court strikes down Trump's IEEPA tariffs in 6-3 ruling");
    expect(b.date).toBe('2026-02-20');
    expect(b.name).toBe('ieepa.txt');
  });

  it('is one untitled section of three paragraphs, with the lead paragraph as summary', () => {
    expect(b.sections).toHaveLength(1);
    expect(b.sections[0]).toMatchObject({ number: '', heading: '', level: 1 });
    expect(b.sections[0].paragraphs).toHaveLength(3);
    expect(b.summary?.text.startsWith('WASHINGTON (Reuters) - The U.S. Supreme Court on Friday ruled 6-3')).toBe(true);
    expect(b.references).toEqual([]);
  });

  it('does not split at U.S., Donald J. Trump, Inc., v., No. 5 or decimals like 9.1%', () => {
    expect(sentencesOf(b).map((s) => s.text)).toEqual([
      'WASHINGTON (Reuters) - The U.S. Supreme Court on Friday ruled 6-3 that the International Emergency Economic Powers Act does not authorize the president to impose tariffs, striking down most of the duties President Donald J. Trump imposed on China and other trading partners.',
      'The case, Learning Resources, Inc. v. Trump, was argued in November.',
      'Chief Justice John Roberts wrote for the majority that the 1977 law "says nothing about tariffs."',
      'Duties collected under the law, about $133.5 billion by one estimate, may now have to be refunded, according to the Penn Wharton Budget Model.',
      'Importers such as No. 5 toy maker Learning Resources had argued the tariffs cost them millions.',
      'The administration said it would rebuild its tariff program under other statutes, including Section 232 and Section 301 of the Trade Act of 1974.',
      "Beijing's commerce ministry welcomed the ruling, Xinhua reported.",
      'Analysts expect U.S. effective tariff rates to fall to about 9.1% from 16.8%, at least for now.',
    ]);
  });

  it('hears `according to X`, `(Reuters)` and `X reported` as attributions', () => {
    const [lead, , , refund, , , xinhua] = sentencesOf(b);
    expect(lead.attributedOutlets).toEqual(['Reuters']);
    expect(refund.attributedOutlets).toEqual(['Penn Wharton Budget Model']);
    expect(xinhua.attributedOutlets).toEqual(['Xinhua']);
  });
});

describe('other heads and layouts', () => {
  it('reads `8 May 2026` in a head and a markdown `# headline`', () => {
    const b = parseBriefing('# Chip sales hit a record\n\n8 May 2026\n\nGlobal chip sales rose 25% in the first quarter, the SIA said.\n');
    expect(b.title).toBe('Chip sales hit a record');
    expect(b.date).toBe('2026-05-08');
  });

  it('reads an official text with 一、 / （一） headings and a signature date at the end', () => {
    const text = [
      '关于加快发展新质生产力的若干意见',
      '',
      '各省、自治区、直辖市人民政府：',
      '',
      '为加快发展新质生产力，现提出如下意见。',
      '',
      '一、总体要求',
      '',
      '（一）指导思想。坚持创新在现代化建设全局中的核心地位，推动产业链供应链优化升级。',
      '',
      '二、重点任务',
      '',
      '加快推进新型工业化，培育壮大战略性新兴产业。',
      '',
      '国务院',
      '2026年4月29日',
      '',
    ].join('\n');
    const b = parseBriefing(text);
    expect(b.title).toBe('关于加快发展新质生产力的若干意见');
    expect(b.date).toBe('2026-04-29');
    expect(b.sections.map((s) => [s.number, s.heading, s.level])).toEqual([
      ['', '', 1],
      ['一', '总体要求', 1],
      ['一', '指导思想', 2],
      ['二', '重点任务', 1],
    ]);
    // A run-in heading stays part of its paragraph's text.
    expect(b.sections[2].paragraphs[0].sentences[0].text).toBe('（一）指导思想。');
  });

  it('reads `<b>2</b>` and `**1 …**` numbered headings', () => {
    const text = '简报\n\n2026-05-08\n\n**1 稀土监管**\n\n工信部发布稀土监管框架草案。\n\n<b>2</b>\t<b>芯片销售</b>\n\n全球芯片销售增长 25%。\n';
    const b = parseBriefing(text);
    expect(b.sections.map((s) => `${s.number} ${s.heading}`)).toEqual(['1 稀土监管', '2 芯片销售']);
  });
});
