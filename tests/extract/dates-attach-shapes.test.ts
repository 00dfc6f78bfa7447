// Which thing a date goes to, on real sentences of other outlets and days: the time of day after a
// date leaves the clause after it free to say what happened; a 的-phrase opening with a place still
// dates its event; a date on a verb of saying dates what the reported verb acts on.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { findTemporalExpressions } from '../../src/extract/dates.js';
import { named } from './fixtures.js';

const startOf = (text: string, date: string, name: string) => named(extractText(text, { date }), name)?.start;

describe('the hour after a day is part of the date', () => {
  it('7 月 24 日上午 10 时 40 分 is one date (人民网, 2012-07-24)', () => {
    const s = '7月24日上午10时40分，海南省三沙市成立大会暨揭牌仪式在三沙市永兴岛隆重举行。';
    expect(findTemporalExpressions(s, '2012-07-24').map((e) => [e.text, e.value.start])).toEqual([['7月24日上午10时40分', '2012-07-24']]);
  });
  it('a date with its hour heading the sentence dates the event held (11 月 13 日上午，… 大会在成都举行)', () => {
    const s = '11月13日上午9时30分，四川低空经济产业链生态大会在成都隆重举行。';
    expect(startOf(s, '2025-11-21', '四川低空经济产业链生态大会')).toBe('2025-11-13');
  });
  it('on Saturday morning is Saturday, and no month is given an hour', () => {
    expect(findTemporalExpressions('On Saturday morning, the tariffs went into effect.', '2025-04-05').map((e) => e.text)).toEqual(['Saturday morning']);
    expect(findTemporalExpressions('in May morning trading', '2025-04-05').map((e) => e.text)).toEqual(['May']);
  });
});

describe('a date joined by 的 to a phrase', () => {
  it('dates the event further along a phrase that opens with a place (在 23 日举行的三沙市第一届人民代表大会…上)', () => {
    const s = '在23日举行的三沙市第一届人民代表大会第一次会议上，符戆当选为三沙市人大常委会首任主任。';
    expect(startOf(s, '2012-07-25', '人民代表大会')).toBe('2012-07-23');
  });
});

describe('a date on a verb of saying', () => {
  it('dates the object of the reported verb ("said Friday it will update export controls", Roll Call)', () => {
    const s = 'The Biden administration said Friday it will update export controls to limit China’s ability to purchase certain high-end chips.';
    expect(startOf(s, '2022-10-07', 'export controls')).toBe('2022-10-07');
  });
});

describe('things other than events dated by the verb that happens to them (temporal.json happenings)', () => {
  it('an organisation dates from the day it is set up (…研究院 11 月 13 日挂牌，成为…)', () => {
    const s = '四川省低空经济产业研究院 11 月 13 日挂牌，成为全国首个实体化运营的省级低空经济研究机构。';
    expect(startOf(s, '2025-11-21', '四川省低空经济产业研究院')).toBe('2025-11-13');
  });
  it('an organisation that sets up another is not itself dated (…委 12 月 27 日成立…司)', () => {
    const s = '国家发展改革委12月27日成立低空经济发展司。';
    expect(startOf(s, '2025-01-10', '国家发展改革委')).toBeUndefined();
  });
  it('a product dates from its launch, the verb right before it (华为 11 月 25 日发布 Mate 80 系列手机)', () => {
    expect(startOf('华为11月25日发布Mate 80系列手机。', '2025-12-10', 'Mate 80')).toBe('2025-11-25');
    expect(startOf('11月25日，华为发布Mate 80手机。', '2025-12-10', 'Mate 80')).toBe('2025-11-25');
  });
});

describe('a period opening the sentence', () => {
  it('dates the event a verb acts on before the measure that only names its subject ("In February, the President ordered an investigation into copper imports")', () => {
    const f = extractText('In February, the President ordered an investigation into copper imports.', { date: '2025-07-30' });
    expect(named(f, 'investigation')?.start).toBe('2025-02');
    expect(named(f, 'copper imports')?.start).toBeUndefined();
  });
  it('still dates a measure the period opens on (10月份，制造业采购经理指数（PMI）为49.0%)', () => {
    expect(startOf('10月份，制造业采购经理指数（PMI）为49.0%。', '2025-10-31', 'PMI')).toBe('2025-10');
  });
});
