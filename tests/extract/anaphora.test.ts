// References back to things already named (rules/anaphora.ts), written as the sentences they were
// seen in: a definite description or 该/此/上述 + head noun is one more mention of the one node of its
// class named before, 此举 is the act just told, the President is the president the text named; a
// government body or company cited for its own statement acts, a newspaper only reports.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { referencesIn } from '../../src/extract/rules/anaphora.js';
import type { GraphFragment } from '../../src/model/index.js';
import { has, named } from './fixtures.js';

const read = (s: string) => extractText(`${s}\n`, { name: 'anaphora', date: '2025-06-12' });
/** Whether the node named `name` is mentioned in the sentence holding `words`. */
const mentionedIn = (f: GraphFragment, name: string, words: string) =>
  f.edges.some((e) => e.type === 'MENTIONS' && e.to === named(f, name)?.id && e.evidence.some((ev) => ev.text.includes(words)));

describe('a definite description refers to the one node of its class named before', () => {
  it('reads 该部 as the ministry and 上述措施 as the measure of the sentence before', () => {
    const f = read('商务部 海关总署 4 月 4 日发布公告，对钐、钆等 7 类中重稀土相关物项实施出口管制。该部表示，上述措施旨在维护国家安全和利益。');
    expect(mentionedIn(f, '商务部', '该部表示')).toBe(true);
    expect(mentionedIn(f, '出口管制', '该部表示')).toBe(true);
  });
  it('reads 该公司 as the company named in the sentence before, not as a node of its own', () => {
    const f = read('台州清陶能源科技有限公司总经理马健男介绍，该公司产品实测续航突破1000公里，循环次数超过3000次。');
    expect(mentionedIn(f, '台州清陶能源科技有限公司', '该公司产品')).toBe(true);
    expect(named(f, '公司')).toBeUndefined();
  });
  it('reads This rule as the rule the notice named', () => {
    const f = read(
      'The Bureau of Industry and Security (BIS) is issuing an interim final rule that expands the Entity List to affiliates. This rule is effective September 29, 2025.',
    );
    expect(mentionedIn(f, 'interim final rule', 'This rule is effective')).toBe(true);
    expect(named(f, 'rule')).toBeUndefined();
  });
  it('reads a bare 公司 opening a clause as the company just named, and 该国 / the country as the one country', () => {
    const f = read('Applied Materials 随后披露，受该规则影响，公司 2026 财年收入预计减少约 6 亿美元。');
    expect(referencesIn(f.briefing.text ?? '', 0, (f.briefing.text ?? '').length, false).map((r) => r.head)).toEqual(['规则', '公司']);
    const g = read('China dominates the market. According to AlixPartners, the country accounts for about 60% of rare earth mining.');
    expect(mentionedIn(g, 'China', 'the country accounts')).toBe(true);
  });
  it('leaves the company unresolved when two companies could be meant', () => {
    const f = read('Nvidia booked about $17 billion of China revenue, while AMD reported $6.2 billion. The company said sales would resume.');
    expect(mentionedIn(f, 'Nvidia', 'The company said')).toBe(false);
    expect(mentionedIn(f, 'AMD', 'The company said')).toBe(false);
  });
  it('does not take the head of a longer name or of another word for a reference', () => {
    expect(referencesIn('the Department of Commerce and the Commerce Department', 0, 52, true)).toEqual([]);
    const zh = '因此部分企业暂停出口。';
    expect(referencesIn(zh, 0, zh.length, false)).toEqual([]);
  });
});

describe('the President is the president the text named', () => {
  it('has the President’s order issued by the president named before', () => {
    const f = read(
      'On April 9, President Donald Trump signed an executive order on restoring America’s maritime dominance. USTR is seeking public comments on the proposed tariffs on ship-to-shore cranes, in line with the President’s Maritime Executive Order.',
    );
    expect(has(f, 'ISSUED_BY', 'Maritime Executive Order', 'Donald Trump')).toBe(true);
  });
  it('does not take a vice president for the President', () => {
    const f = read('Vice President JD Vance met the delegation in Paris. The President’s executive order takes effect on Friday.');
    expect(f.edges.some((e) => e.type === 'ISSUED_BY' && e.to === named(f, 'JD Vance')?.id)).toBe(false);
  });
});

describe('此举 is the act the sentence told of', () => {
  it('reads 此举 as the standard just published', () => {
    const f = read(
      '今年5月22日，中国汽车工程学会发布《全固态电池判定方法》，首次明确全固态电池中离子传递须完全通过固体电解质实现，此举被认为将遏制“半固态”产品借概念营销的乱象。',
    );
    const refs = referencesIn(f.briefing.text ?? '', 0, (f.briefing.text ?? '').length, false);
    expect(refs.map((r) => r.cls)).toContain('act');
    expect(has(f, 'ISSUED_BY', '全固态电池判定方法', '中国汽车工程学会')).toBe(true);
  });
});

describe('a cited government body or company acts; a newspaper only reports', () => {
  it('has MOFCOM open the green channel it announced', () => {
    const f = read(
      'After Commerce Minister Wang Wentao met EU Trade Commissioner Maros Sefcovic in Paris, MOFCOM said on June 7 that it would open a "green channel" for eligible EU applicants.',
    );
    expect(has(f, 'INVOLVES', 'green channel', 'MOFCOM') || has(f, 'ISSUED_BY', 'green channel', 'MOFCOM')).toBe(true);
  });
  it('has the aviation administration issue the certificates after a forecast of its own was cited', () => {
    const f = read(
      '据中国民用航空局预测，2025 年我国低空经济市场规模将达到 1.5 万亿元。今年 3 月 28 日，广东亿航通用航空有限公司与合肥合翼航空有限公司同日获得中国民用航空局颁发的首批载人类民用无人驾驶航空器运营合格证（OC）。',
    );
    expect(has(f, 'ISSUED_BY', '运营合格证', '中国民用航空局')).toBe(true);
  });
  it('keeps a wire a source: Reuters issues nothing it reports', () => {
    const f = read('The Commerce Department began granting licences for H20 shipments late last week, Reuters reported.');
    expect(f.edges.some((e) => e.type !== 'MENTIONS' && e.type !== 'CITES' && e.to === named(f, 'Reuters')?.id)).toBe(false);
  });
});
