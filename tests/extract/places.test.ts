// Places the lexicon does not know, typed by the slot they stand in (src/extract/rules/places.ts):
// wire and news sentences naming towns no test text names, so the shapes, not the names, are checked.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.js';

const nodes = (text: string) => extractText(`Supply chain brief\n\n${text}`, { date: '2025-06-12' }).nodes.map((n) => ({ label: n.label, name: n.name }));
const labelOf = (text: string, name: string) => nodes(text).filter((n) => n.name === name).map((n) => n.label);

describe('English places by slot', () => {
  it('reads the town after a plant, fab or site "in": "its new fab in Hiroshima"', () => {
    expect(labelOf('Micron Technology said it would spend more on its new fab in Hiroshima to make advanced memory chips.', 'Hiroshima')).toEqual(['Place']);
  });

  it('reads the name after "the (southern) island/city/prefecture of": "the southern island of Kyushu"', () => {
    expect(labelOf('Chipmakers have crowded into the southern island of Kyushu, where water and land are cheaper.', 'Kyushu')).toEqual(['Place']);
  });

  it('reads a capitalised name before Prefecture or Province: "Saga Prefecture"', () => {
    const ns = nodes('The supplier opened a wafer plant in Saga Prefecture last year, and a second one in Aomori prefecture.');
    expect(ns.filter((n) => n.label === 'Place' && /^(?:Saga|Aomori)/.test(n.name)).map((n) => n.name.split(' ')[0])).toEqual(['Saga', 'Aomori']);
  });

  it('leaves a month and a company alone: "its plant in April", "plants near Tata Steel"', () => {
    const ns = nodes('The company will start its plant in April and may shut plants near Tata Steel.');
    expect(ns.filter((n) => n.label === 'Place')).toEqual([]);
  });
});

describe('Chinese places by slot', () => {
  it('reads a place word right before a facility: 东莞工厂 → 东莞', () => {
    expect(labelOf('公司宣布停止向其东莞工厂供应晶圆，导致后者生产受阻。', '东莞')).toEqual(['Place']);
  });

  it('reads the unknown name after 位于 and a known country up to a comma: 总部位于荷兰埃因霍温，', () => {
    expect(labelOf('这家光刻机巨头总部位于荷兰埃因霍温，在全球有多家工厂。', '埃因霍温')).toEqual(['Place']);
  });

  it('makes no place of a generic word before a facility: 海外工厂, 当地工厂', () => {
    const ns = nodes('公司计划扩大海外工厂产能，并关闭部分当地工厂。');
    expect(ns.filter((n) => n.label === 'Place')).toEqual([]);
  });
});
