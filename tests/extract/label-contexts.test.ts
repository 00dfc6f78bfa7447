// Node labels from how the sentences use a thing (rules/label-contexts.ts, lexicon/label-contexts.json):
// a name whose label is only a guess (a Concept default) takes the kind its contexts vote for.
// Sentences from news pages on truck tariffs, EV duties, Rapidus, battery makers and 镓/锗 controls.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';
import type { GraphNode } from '../../src/model/index.js';
import { labelByContexts, mentionVote, occurrences } from '../../src/extract/rules/label-contexts.js';

/** The vote of the first place `name` is written in `sentence`. */
const vote = (sentence: string, name: string) => {
  const at = sentence.indexOf(name);
  if (at < 0) throw new Error(`${name} not in the sentence`);
  return mentionVote(sentence, at, at + name.length);
};
const labels = (text: string) => {
  const nodes = extractText(text, { name: 'labels.txt', date: '2025-10-20' }).nodes;
  return (name: string) => nodes.find((n) => n.name === name)?.label;
};

describe('a thing traded, made or taxed is a Product', () => {
  it('the object of imports of / tariffs on / exports of, written in lower case or as a code', () => {
    expect(vote('The Proclamation imposes a 10% tariff on imports of buses, including school buses.', 'buses')).toBe('Product');
    expect(vote('Exports of lithium hydroxide from Chile rose, while prices of cobalt fell.', 'cobalt')).toBe('Product');
    expect(vote('The Proclamation imposes a 25% tariff on imports of medium- and heavy-duty trucks and truck parts.', 'heavy-duty trucks')).toBe('Product');
  });

  it('a country after tariffs on is no good, nor the first half of a suspended compound', () => {
    expect(vote('nor to reciprocal tariffs imposed on Canada, Mexico, Brazil, or India.', 'Canada')).toBeUndefined();
    expect(vote('imposes a 25% tariff on imports of medium- and heavy-duty trucks', 'medium')).toBeUndefined();
  });

  it('Chinese: 出口/生产 X and X产品/X出口', () => {
    expect(vote('据报道，中国8月镓和锗的出口数据为零，钠电池出口增长。', '钠电池')).toBe('Product');
  });
});

describe('a thing that speaks, invests or trades on a market is an Organization', () => {
  it('a one-word name or one holding an acronym before said / will provide', () => {
    expect(vote('Japan’s state-backed Rapidus said on Tuesday it would build its semiconductor plant in Chitose.', 'Rapidus')).toBe('Organization');
    expect(vote('SK Innovation will provide $4.4 billion in funding for the project, while Ford expects to spend $7 billion.', 'SK Innovation')).toBe('Organization');
  });

  it('two plain capitalised words before said may be a person: no vote', () => {
    expect(vote('Olof Gill said the EU is prepared to respond.', 'Olof Gill')).toBeUndefined();
  });

  it('X-based Y, partner Y, shares of Y', () => {
    expect(vote('Tokyo-based Rapidus aims to produce next-generation chips.', 'Rapidus')).toBe('Organization');
    expect(vote('Shares of GM rose nearly 2% in premarket trading.', 'GM')).toBe('Organization');
  });

  it('Chinese: a name before 表示/宣布, never a generic noun (分析人士表示)', () => {
    expect(vote('云南锗业表示，公司锗产品出口占比较低。', '云南锗业')).toBe('Organization');
    expect(vote('分析人士表示，EDA 和 H20 的松动是伦敦框架的交换结果。', '分析人士')).toBeUndefined();
  });
});

describe('a thing something is based in or travels to is a Place; Mr/Ms and an apposed role make a Person', () => {
  it('located in / -based / the prefecture of', () => {
    expect(vote('Stellantis says that its first battery factory will be located in Kokomo, Indiana.', 'Kokomo')).toBe('Place');
    expect(vote('Tokyo-based Rapidus aims to produce next-generation chips.', 'Tokyo')).toBe('Place');
    expect(vote('长安汽车首个海外新能源整车工厂在罗勇府正式投产。', '罗勇府')).toBe('Place');
  });

  it('a bare in X counts only at a clause edge and not after invest/stake (in Hokkaido, — not invested in Rapidus)', () => {
    expect(vote('a semiconductor factory in Chitose, in Japan’s farthest north, Hokkaido.', 'Chitose')).toBe('Place');
    expect(vote('Toyota invested in Rapidus, which makes chips.', 'Rapidus')).toBeUndefined();
  });

  it('a Chinese name of a person’s shape is no organisation when it speaks (何亚东表示)', () => {
    expect(vote('何亚东表示，商务部将继续依照法定程序对其他许可申请进行审核。', '何亚东')).not.toBe('Organization');
  });

  it('a market ending in 市 is no city (股市)', () => {
    expect(vote('在股市低迷之际，公司推迟上市。', '股市')).toBeUndefined();
  });

  it('a name with a role in apposition', () => {
    expect(vote('Olof Gill, spokesperson for the European Commission, confirmed that the EU is prepared to respond.', 'Olof Gill')).toBe('Person');
  });

  it('Section N is a Policy', () => {
    expect(vote('a Proclamation invoking Section 232 of the Trade Expansion Act of 1962', 'Section 232')).toBe('Policy');
  });
});

describe('every written form of the name votes, Latin names on word boundaries', () => {
  it('occurrences skip a name inside a longer word', () => {
    const text = 'Rapidus said. Rapidusian plans. Rapidus Corp.';
    expect(occurrences(text, 'Rapidus')).toEqual([0, 32]);
  });
});

describe('which labels a vote may change', () => {
  const node = (name: string, label: GraphNode['label']): GraphNode => ({ id: name.toLowerCase(), label, name, aliases: [name] });
  const spansOf = (text: string, n: GraphNode, rule: 'english' | 'lexicon' = 'english') =>
    occurrences(text, n.name).map((start) => ({ start, end: start + n.name.length, rule }));

  it('a one-word name the tagger alone typed changes only on two votes and none for its own label', () => {
    const text = 'Lincoln said on Monday it would cut output. Shares of Lincoln fell 3%.';
    const once = 'Lincoln said on Monday it would cut output.';
    const a = node('Lincoln', 'Person');
    labelByContexts([a], text, new Map([[a.id, spansOf(text, a)]]));
    expect(a.label).toBe('Organization');
    const b = node('Lincoln', 'Person');
    labelByContexts([b], once, new Map([[b.id, spansOf(once, b)]]));
    expect(b.label).toBe('Person');
  });

  it('a label no rule guessed stands (an Organization found by its suffix)', () => {
    const text = 'The plant is located in Kokomo, Indiana.';
    const n = node('Kokomo', 'Organization');
    labelByContexts([n], text, new Map([[n.id, spansOf(text, n, 'lexicon')]]));
    expect(n.label).toBe('Organization');
  });
});

describe('the pass on whole texts', () => {
  it('trucks and buses named by their trade are Products, with their kin (school buses, transit buses)', () => {
    const label = labels(
      'Fact Sheet: President Donald J. Trump Addresses the Threat to National Security from Imports of Medium and Heavy-Duty Vehicles, Parts, and Buses\n\n' +
        'SUPPORTING AMERICA’S TRUCKING INDUSTRY: Today, President Donald J. Trump signed a Proclamation invoking Section 232 of the Trade Expansion Act of 1962 (Act) to impose tariffs on imports of medium- and heavy-duty vehicles and parts, and buses, to bolster American industry and protect national security.\n\n' +
        'The Proclamation imposes a 25% tariff on imports of medium- and heavy-duty trucks and truck parts. Medium- and heavy-duty trucks include Class 3 to Class 8 vehicles, like large pick-up trucks, moving trucks, cargo trucks, dump trucks, and tractors for eighteen-wheelers.\n\n' +
        'For medium- and heavy-duty trucks that do not qualify for preferential tariff treatment under the United States-Mexico-Canada Agreement (USMCA), the tariff will apply to the full value of the vehicle. The tariff on medium- and heavy-duty truck parts will apply to key parts, including engines, transmissions, tires, and chassis.\n\n' +
        'The Proclamation imposes a 10% tariff on imports of buses, including school buses, transit buses, and motor coaches. The Proclamation incentivizes domestic medium- and heavy-duty truck production by offering an offset to a portion of tariffs for medium- and heavy-duty truck parts equal to 3.75% of the aggregate value of all trucks assembled in the United States from 2025 through 2030.\n\n',
    );
    expect(label('trucks')).toBe('Product');
    expect(label('buses')).toBe('Product');
    expect(label('school buses')).toBe('Product');
  });

  it('a company the rules only guessed becomes an Organization where it speaks (Rapidus said, Tokyo-based Rapidus)', () => {
    const label = labels(
      'Japan chip push\n\n' +
        'Japan’s state-backed Rapidus said on Tuesday it would build its semiconductor plant in Chitose, a manufacturing hub in Hokkaido. Chipmaker Rapidus Corp. held a groundbreaking ceremony Friday for a plant in Chitose in Hokkaido. Tokyo-based Rapidus aims to produce next-generation chips with a circuit line width of 2 nanometers.\n\n' +
        'The government is committed to continued support for Rapidus, industry minister Yasutoshi Nishimura told reporters after the ceremony. Rapidus was jointly established by eight Japanese firms, including Toyota Motor, Sony Group, and telecom giant NTT. Engineers from Dutch chipmaking equipment maker ASML Holding NV, which has partnered with Rapidus, are also scheduled to work at the office.\n\n' +
        'The industry ministry seeks a fiscal 2023 extra budget allocation of ¥1,853.7 billion to support chipmakers including Rapidus and Taiwan Semiconductor Manufacturing Co., which is constructing a plant in the southwestern prefecture of Kumamoto. Rapidus includes automaker Toyota Motor Corp, electronics makers Sony Group Corp and NEC Corp, SoftBank Corp and computer memory maker Kioxia.\n\n',
    );
    expect(label('Rapidus')).toBe('Organization');
  });

  it('a list member beside typed goods is a good (分立器件、逻辑芯片和MOSFET), a list of links is not (…和数据集等环节)', () => {
    const label = labels('安世半导体\n\n安世半导体主要生产分立器件、逻辑芯片和MOSFET等基础半导体元件，产品大量用于汽车电子。\n');
    expect(label('MOSFET')).toBe('Product');
    const label2 = labels('标准\n\n标委会的成立意味着整机、部组件和数据集等环节将有统一的测试评价依据。\n');
    expect(label2('数据集')).not.toBe('Product');
  });

  it('the lexicon’s label stands (national security stays a Concept)', () => {
    const label = labels('Fact Sheet\n\nThe duties protect national security and imports of national security equipment.\n');
    expect(label('national security')).toBe('Concept');
  });
});
