// A dated happening becomes a node: a clause's date and event verb make the thing they happen to
// a node with that date on its start or end (rules/dated-things.ts). Sentences from the dev texts.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { named } from './fixtures.js';

const dates = (text: string, date: string, name: string) => {
  const n = named(extractText(text, { date }), name);
  return n && { label: n.label, start: n.start, end: n.end };
};

describe('English: the thing a dated verb happens to', () => {
  it('the object of a dated verb starts then ("said on June 7 that it would open a "green channel"")', () => {
    const s = 'MOFCOM said on June 7 that it would open a "green channel" for eligible EU applicants.';
    expect(dates(s, '2025-06-12', 'green channel')).toMatchObject({ label: 'Event', start: '2025-06-07' });
  });
  it('a month naming a letter dates it ("in a May letter")', () => {
    const s = 'The Alliance for Automotive Innovation told the administration in a May letter that suppliers could not build motors.';
    expect(dates(s, '2025-06-12', 'May letter')).toMatchObject({ start: '2025-05' });
  });
  it('"that ended on" gives an end and no start', () => {
    const s = 'Nvidia booked about $17 billion of China revenue in the fiscal year that ended on Jan. 26, some 13% of its total.';
    expect(dates(s, '2025-08-11', 'fiscal year')).toEqual({ label: 'Event', start: undefined, end: '2025-01-26' });
  });
  it('an appositive restriction runs from the "in April, when" clause to the month it was reversed', () => {
    const s = 'Sales had stopped in April, when the administration told Nvidia that every H20 export would need a licence, a restriction it reversed last month.';
    expect(dates(s, '2025-08-11', 'restriction')).toMatchObject({ label: 'Policy', start: '2025-04', end: '2025-07' });
  });
  it('a deadline for the hearing ends the hearing named before, not a new node', () => {
    const s = 'USTR convened a two-day public hearing on the proposed action.\n\nThe deadline to submit a request to appear at the hearing is May 8, 2025.';
    const f = extractText(s, { date: '2025-04-17' });
    expect(named(f, 'two-day public hearing')?.end).toBe('2025-05-08');
    expect(f.nodes.filter((n) => n.name.endsWith('hearing'))).toHaveLength(1);
  });
  it('a bare head as subject or object of a dated verb ("A channel was opened on Friday") makes no node', () => {
    expect(named(extractText('A channel was opened on Friday.', { date: '2025-06-12' }), 'channel')).toBeUndefined();
  });
  it('a bare noun with no dated verb makes no node', () => {
    expect(named(extractText('The letter urged the department to keep the chip restricted.', { date: '2025-08-11' }), 'letter')).toBeUndefined();
  });
});

describe('Chinese: 发布/投产/贯通/宣布/延长至 and the thing they happen to', () => {
  it('DATE 发布 X: the object starts that day (白宫本月 1 日发布中美经贸协议情况说明)', () => {
    const s = '白宫本月 1 日发布中美经贸协议情况说明，中方将对稀土、镓、锗、锑、石墨出口发放通用许可。';
    expect(dates(s, '2025-11-21', '中美经贸协议情况说明')).toMatchObject({ start: '2025-11-01' });
  });
  it('X 已于 DATE 投产: the subject starts then', () => {
    const s = '瑞固（衢州）新材料科技有限公司的硫化物固体电解质项目已于今年6月点火投产，创始人王粲冲表示，核心材料的量产将直接带动电芯成本下降。';
    expect(dates(s, '2025-11-25', '硫化物固体电解质项目')).toMatchObject({ label: 'Event', start: '2025-06' });
  });
  it('a date heading the sentence dates the line that 已全线贯通', () => {
    const s = '本月21日，上汽集团通过投资者互动平台披露，其与清陶动力合作在上海安亭建设的全固态电池产线已全线贯通，计划年底产出样件。';
    expect(dates(s, '2025-11-25', '全固态电池产线')).toMatchObject({ start: '2025-11-21' });
  });
  it('延长至 DATE replaces the end the thing had (原定于 11 月 29 日到期)', () => {
    const s = '据 STR 贸易报告梳理，原定于 11 月 29 日到期的部分 301 关税排除将延长至 2026 年 11 月 10 日。';
    expect(dates(s, '2025-11-21', '301 关税排除')).toMatchObject({ label: 'Policy', end: '2026-11-10' });
  });
  it('宣布加强 X: the announced measure starts that day', () => {
    const s = '据 CNA 报道，商务部 1 月 6 日宣布加强两用物项对日本出口管制，措施即日起生效。';
    expect(dates(s, '2026-06-26', '两用物项对日本出口管制')).toMatchObject({ label: 'Policy', start: '2026-01-06' });
  });
  it('a head inside a longer word is no object (发布支持重点项目建设的通知)', () => {
    const f = extractText('工信部 1 月 6 日发布支持重点项目建设的通知。', { date: '2025-01-10' });
    expect(f.nodes.some((n) => n.name.endsWith('重点项目'))).toBe(false);
  });
  it('a bare head (相关管制) makes no node', () => {
    const f = extractText('相当于取消 2025 年 4 月和 2022 年 10 月实施的相关管制。', { date: '2025-11-21' });
    expect(f.nodes.some((n) => n.name.endsWith('管制') && n.name.length <= 4)).toBe(false);
  });
});

describe('English: trade-measure heads and closing dates', () => {
  it('VERB its object DATE dates a modified head ("proposed a new steel safeguard on Tuesday")', () => {
    const s = 'The Commission proposed a new steel safeguard on Tuesday.';
    expect(dates(s, '2025-10-08', 'new steel safeguard')).toMatchObject({ label: 'Policy', start: '2025-10-07' });
  });
  it('", which expires in June 2026" ends the head before it', () => {
    const s = 'The European Commission on Tuesday proposed a new measure to replace the steel safeguard, which expires in June 2026.';
    expect(dates(s, '2025-10-08', 'steel safeguard')).toMatchObject({ end: '2026-06' });
  });
  it('a bare head is no node ("approved the subsidy on Monday")', () => {
    expect(dates('The trade ministry approved the subsidy on Monday.', '2025-04-01', 'subsidy')).toBeUndefined();
  });
});

describe('Chinese: investigations opened and licences granted', () => {
  it('发起 dates the investigation it opens (商务部 9 月 13 日发起反倾销调查), and 模拟 is no 拟 that looks ahead', () => {
    expect(dates('商务部9月13日发起反倾销调查。', '2025-11-20', '反倾销调查')).toMatchObject({ label: 'Event', start: '2025-09-13' });
    expect(dates('9月13日，商务部对原产于美国的进口模拟芯片发起反倾销调查。', '2025-11-20', '反倾销调查')).toMatchObject({ start: '2025-09-13' });
  });
});
