// Relations Chinese news states by a set clause shape (lexicon/zh-relations.json clauseShapes):
// 为遏制 X 而加征的 Y, PERSON 为 ORG 授牌, ORG 宣布，产品…已完成…, and a subject carried over a comma
// to 将接入 Y. Sentences are real: the daily briefing of 2025-11-21 and its sources.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import { has, semantic } from './fixtures.js';

const read = (s: string) => extractText(`${s}\n`, { name: 'clauses', date: '2025-11-21' });

describe('为遏制 X 而加征的 Y: the measure constrains what it is meant to curb', () => {
  it('has the tariffs constrain fentanyl', () => {
    const f = read('美方则自 11 月 10 日起将为遏制芬太尼而加征的关税下调 10 个百分点。');
    expect(has(f, 'CONSTRAINS', '关税', '芬太尼')).toBe(true);
  });
  it('reads nothing into a purpose with no constraining verb (为庆祝…而举办的活动)', () => {
    const f = read('为庆祝建厂十周年而举办的开放日活动吸引了上千名市民。');
    expect(semantic(f).filter((e) => e.type === 'CONSTRAINS')).toEqual([]);
  });
});

describe('PERSON 为 ORG 授牌: who gives the plaque takes part in the founding', () => {
  it('has the institute involve the governor who presented its plaque', () => {
    const f = read('11 月 13 日，2025 四川低空经济产业链生态大会举行，四川省省长施小琳为四川省低空经济产业研究院授牌。');
    expect(has(f, 'INVOLVES', '四川省低空经济产业研究院', '施小琳')).toBe(true);
  });
});

describe('ORG 宣布，PRODUCT 已完成…: the product involves the organisation that announced it', () => {
  const text = '据《IT时报》报道，中国电信量子研究院一周前宣布，超导量子计算机“天衍—287”已完成系统搭建，将接入“天衍”量子计算云平台并面向全球开放应用服务。';
  it('has the computer involve the institute that announced its completion', () => {
    expect(has(read(text), 'INVOLVES', '天衍—287', '中国电信量子研究院')).toBe(true);
  });
  it('carries the product over the comma: it becomes part of the cloud platform it will join', () => {
    expect(has(read(text), 'PART_OF', '天衍—287', '天衍量子计算云平台')).toBe(true);
  });
  it('takes no announcer from the outlet the news is attributed to', () => {
    expect(has(read(text), 'INVOLVES', '天衍—287', 'IT时报')).toBe(false);
  });
  it('takes no product that only modifies another thing (…芯片的计算机)', () => {
    const f = read('中国电信量子研究院宣布搭载“祖冲之三号”同款芯片的计算机完成系统搭建。');
    expect(has(f, 'INVOLVES', '祖冲之三号', '中国电信量子研究院')).toBe(false);
  });
  it('takes no whole that is only the start of the phrase after 接入 (接入量子计算云平台 is no part of 量子计算)', () => {
    const f = read('一、量子计算：“天衍—287”接入量子计算云平台\n\n昨日开幕的 2025 量子科技和产业大会上，这一进展成为与会企业讨论的焦点。');
    expect(has(f, 'PART_OF', '天衍—287', '量子计算')).toBe(false);
  });
});

describe('ORG 表示，公司…实现 PRODUCT 生产: the speaker is the subject of what it reports of itself', () => {
  it('has the battery involve CATL, which said the company expects to produce it', () => {
    const f = read('宁德时代此前在深交所互动平台表示，公司有望在2027年实现全固态电池小批量生产。');
    expect(has(f, 'INVOLVES', '全固态电池', '宁德时代')).toBe(true);
    expect(has(f, 'INVOLVES', '全固态电池', '深交所')).toBe(false);
  });
  it('takes no speaker for a reported clause that names its own subject', () => {
    const f = read('宁德时代表示，比亚迪有望在2027年实现全固态电池小批量生产。');
    expect(has(f, 'INVOLVES', '全固态电池', '宁德时代')).toBe(false);
  });
});

describe('a list as a cue’s object: every member gets the edge', () => {
  it('has the software controls constrain both 国内工业软件 and EDA (…和 EDA 等环节)', () => {
    const f = read('美方的软件出口管制若落地，可能制约国内工业软件和 EDA 等环节的供应。');
    expect(has(f, 'CONSTRAINS', '出口管制', '国内工业软件')).toBe(true);
    expect(has(f, 'CONSTRAINS', '出口管制', 'EDA')).toBe(true);
  });
  it('takes no member of a list that only modifies the noun after 的 (英伟达、AMD 和英特尔的对华销售)', () => {
    const f = read('美国出口管制限制了英伟达、AMD 和英特尔的对华销售。');
    expect(has(f, 'CONSTRAINS', '出口管制', 'AMD')).toBe(false);
  });
  it('names a counted class without its classifier (等7类中重稀土相关物项)', () => {
    const f = read('商务部决定对钐、钆、铽、镝、镥、钪、钇等7类中重稀土相关物项实施出口管制。');
    expect(has(f, 'CONSTRAINS', '出口管制', '中重稀土相关物项')).toBe(true);
    expect(f.nodes.filter((n) => n.name.startsWith('类'))).toEqual([]);
  });
});
