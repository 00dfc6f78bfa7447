// Node labels by head word (rules/labels.ts, lexicon/label-heads.json): after every rule, a name the
// lexicon does not know takes the label its last word gives, the convention the gold files follow
// across texts. Names from our dev texts and from news pages.
import { describe, expect, it } from 'vitest';
import { englishHead, headLabel } from '../../src/extract/rules/labels.js';

describe('the English head noun is the last word of the name’s first chunk, plural-insensitive', () => {
  it('X of Y / X on Y: the head is X (tightening of quotas → tightening, Fees on vessel owners → fee)', () => {
    expect(englishHead('tightening of quotas')?.word).toBe('tightening');
    expect(englishHead('Fees on vessel owners')?.word).toBe('fee');
    expect(englishHead('export duties')?.word).toBe('duty');
    expect(englishHead('U.S.-built ships')?.word).toBe('ship');
    expect(englishHead('Economic and Trade Agreement')?.word).toBe('agreement');
  });
});

describe('a head word gives its kind to a node some rule labelled otherwise', () => {
  it('agreements, deals and licences are Policies, not Events or Concepts', () => {
    expect(headLabel('framework agreement', 'Event')).toBe('Policy');
    expect(headLabel('Economic and Trade Agreement', 'Event')).toBe('Policy');
    expect(headLabel('licences', 'Concept')).toBe('Policy');
    expect(headLabel('美经贸协议', 'Event')).toBe('Policy');
    expect(headLabel('消费品以旧换新政策', 'Concept')).toBe('Policy');
  });

  it('goods named by a product noun are Products (pipe fittings, 部组件)', () => {
    expect(headLabel('pipe fittings', 'Concept')).toBe('Product');
    expect(headLabel('electrical cables', 'Concept')).toBe('Product');
    expect(headLabel('部组件', 'Concept')).toBe('Product');
  });

  it('vehicles and their parts are Products, plural -uses too (cargo trucks, school buses, EVs, engines)', () => {
    expect(headLabel('cargo trucks', 'Concept')).toBe('Product');
    expect(headLabel('school buses', 'Concept')).toBe('Product');
    expect(headLabel('EVs', 'Concept')).toBe('Product');
    expect(headLabel('engines', 'Concept')).toBe('Product');
    expect(headLabel('Daimler Truck', 'Concept')).toBeUndefined();
  });

  it('a volume is an Indicator (wafer input volume)', () => {
    expect(headLabel('wafer input volume', 'Concept')).toBe('Indicator');
  });

  it('a role without a person’s name is the office: international trade representative → Organization', () => {
    expect(headLabel('international trade representative', 'Concept')).toBe('Organization');
  });

  it('an amount or volume is an Indicator (出口额, 出货量), a quota is not (关税配额)', () => {
    expect(headLabel('稀土永磁出口额', 'Concept')).toBe('Indicator');
    expect(headLabel('全球固态电池出货量', 'Concept')).toBe('Indicator');
    expect(headLabel('关税配额', 'Concept')).toBeUndefined();
    expect(headLabel('高质量', 'Concept')).toBeUndefined();
  });

  it('a government body or company named by its head is an Organization (the commission, Toyota Motor Corp)', () => {
    expect(headLabel('European Commission', 'Concept')).toBe('Organization');
    expect(headLabel('Defense Logistics Agency', 'Event')).toBe('Organization');
  });

  it('an industry or sector is a Concept, never a Product', () => {
    expect(headLabel('半导体产业', 'Product')).toBe('Concept');
    expect(headLabel('semiconductor sector', 'Indicator')).toBe('Concept');
  });

  it('a label the head agrees with is left as it is', () => {
    expect(headLabel('新订单指数', 'Indicator')).toBeUndefined();
    expect(headLabel('advanced chips', 'Product')).toBeUndefined();
  });
});

describe('guards: names whose last word does not say what they are', () => {
  it('a person, place, organisation or source keeps its label (Applied Materials, 安世半导体, 丰田汽车)', () => {
    expect(headLabel('Applied Materials', 'Organization')).toBeUndefined();
    expect(headLabel('丰田汽车', 'Organization')).toBeUndefined();
  });

  it('a Latin brand in title case ending in a product word is no product (U.S. Steel)', () => {
    expect(headLabel('U.S. Steel', 'Concept')).toBeUndefined();
  });

  it('a Chinese name opening with a verb names the act done to the thing (暂停行政令, 停止供应晶圆, 加征关税)', () => {
    expect(headLabel('暂停行政令', 'Event')).toBeUndefined();
    expect(headLabel('停止供应晶圆', 'Event')).toBeUndefined();
    expect(headLabel('加征关税', 'Event')).toBeUndefined();
  });

  it('法 after a word of manner is no law (算法, 做法); acts in lower case are practices, not statutes', () => {
    expect(headLabel('推荐算法', 'Concept')).toBeUndefined();
    expect(headLabel('unreasonable acts', 'Concept')).toBeUndefined();
    expect(headLabel('Goods Availability Act', 'Concept')).toBe('Policy');
  });
});

describe('the pass runs on every extraction, after the rules that found the names', () => {
  it('goods listed after “such as” become Products (White House copper fact sheet)', async () => {
    const { extractText } = await import('../../src/extract/index.js');
    const text =
      'Fact Sheet: President Donald J. Trump Adjusts Imports of Copper\n\n' +
      'The Proclamation imposes universal 50% tariffs on imports of semi-finished copper products (such as copper pipes, wires, rods, sheets, and tubes) and copper-intensive derivative products (such as pipe fittings, cables, connectors, and electrical components), effective August 1.\n';
    const nodes = extractText(text, { name: 'labels', date: '2025-07-30' }).nodes;
    const label = (name: string) => nodes.find((n) => n.name === name)?.label;
    expect(label('pipe fittings')).toBe('Product');
    expect(label('cables')).toBe('Product');
  });
});
