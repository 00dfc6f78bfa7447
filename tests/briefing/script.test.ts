// A text in traditional characters is read through a simplified view of exactly its length; any other
// text is read as it is. Sentences are from Taiwan and Hong Kong news (經濟日報 2025-08-07, etnet
// 2025-10-10), trimmed; the briefing layout is tests/fixtures/traditional/briefing-layout.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBriefing, sentencesOf } from '../../src/briefing/index.js';
import { isTraditional, simplifiedView, toSimplified } from '../../src/briefing/script.js';

const UDN = '美國總統川普宣布將對輸美晶片及半導體課徵100%關稅，經濟部表示，相關發展有待觀察，但預做多元準備。';
const ETNET = '中國商務部昨（9日）發布兩項關於加強稀土相關物項出口管制的公告。英國《金融時報》指中方新規類似於美國的「外國直接產品規則」出口管制體系。';
const LAYOUT = readFileSync('tests/fixtures/traditional/briefing-layout.txt', 'utf8');

describe('telling a traditional-character text', () => {
  it('takes Taiwan and Hong Kong news for traditional', () => {
    expect(isTraditional(UDN)).toBe(true);
    expect(isTraditional(ETNET)).toBe(true);
  });

  it('leaves simplified Chinese and English texts as they are: the same string, nothing converted', () => {
    for (const file of ['fixtures/briefings/000_dc3a894c5b6cdd65.txt', 'fixtures/briefings/002_9371488c945bfa01.txt']) {
      const text = readFileSync(file, 'utf8');
      expect(isTraditional(text)).toBe(false);
      expect(simplifiedView(text)).toBe(text);
    }
    const english = 'The Commerce Department on Wednesday imposed a 25% tariff on some advanced chips, citing national security.';
    expect(simplifiedView(english)).toBe(english);
  });

  it('does not convert a simplified text quoting a traditional title or two', () => {
    const text = [
      '据台湾经济日报 8 月 7 日报道，美国总统特朗普宣布将对输美芯片及半导体课征 100% 关税，台湾经济部表示相关发展有待观察，',
      '将与业者保持即时联系并预作多元应对准备。分析认为，台美在半导体领域的产业链高度互补。',
      '参考资料：经济日报，《經濟部：預做多元準備》，2025年8月7日。',
    ].join('');
    expect(simplifiedView(text)).toBe(text);
  });
});

describe('the simplified view', () => {
  it('has the length of the original, position for position: only Han characters and 「」『』 change', () => {
    for (const text of [UDN, ETNET, LAYOUT]) {
      const view = toSimplified(text);
      expect(view.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        if (view[i] !== text[i]) expect(/[\p{Script=Han}「」『』]/u.test(text[i])).toBe(true);
      }
    }
  });

  it('writes the words the lexicon and cue lists know (经济部, 关税, 出口管制, 参考资料, 链接) and 「」 as “”', () => {
    expect(toSimplified(UDN)).toBe('美国总统川普宣布将对输美芯片及半导体课征100%关税，经济部表示，相关发展有待观察，但预做多元准备。');
    expect(toSimplified(ETNET)).toContain('英国《金融时报》指中方新规类似于美国的“外国直接产品规则”出口管制体系');
    expect(toSimplified(LAYOUT)).toContain('## 参考资料');
    expect(toSimplified(LAYOUT)).toContain('链接：https://www.reuters.com/technology/us-chip-tariff-2026-01-14/');
  });

  it('names Taiwan and Hong Kong words as the mainland does, keeping the length (晶片 → 芯片, 伺服器 → 服务器, 奈米 → 纳米)', () => {
    const text = '台積電2奈米晶片量產，輝達AI伺服器需求強勁。';
    const view = toSimplified(text);
    expect(view).toBe('台积电2纳米芯片量产，辉达AI服务器需求强劲。');
    expect(view.length).toBe(text.length);
  });

  it('uses OpenCC phrases where they pick the character (著名 stays, 乾燥 becomes 干燥)', () => {
    expect(toSimplified('這家著名廠商的乾燥設備')).toBe('这家著名厂商的干燥设备');
  });

  it('converts a line character by character where a phrase would change its length (二噁英 → 二𫫇英)', () => {
    const text = '環境部檢測到二噁英超標，業者須停產。\n經濟部表示將協助。';
    const view = toSimplified(text);
    expect(view.length).toBe(text.length);
    expect(view).toBe('环境部检测到二恶英超标，业者须停产。\n经济部表示将协助。');
  });
});

describe('the parser reads the view and keeps the original', () => {
  it('finds the 參考資料 list, its 用途 and 鏈接 lines, the dateline and the summary of a traditional briefing', () => {
    const b = parseBriefing(LAYOUT, { name: 'briefing-layout.txt' });
    expect(b.date).toBe('2026-01-16');
    expect(b.original).toBe(LAYOUT);
    expect(b.text.length).toBe(LAYOUT.length);
    expect(b.references.map((r) => [r.outlet, r.title, r.date, r.purpose])).toEqual([
      ['路透社', '美国对高端半导体征收国安关税', '2026-01-14', '半导体关税的内容'],
      ['经济日报', '经济部：预做多元准备', '2026-01-15', '台湾政府的回应'],
      ['香港经济日报', '中国升级稀土出口管制', '2025-10-10', '稀土管制的背景'],
    ]);
    expect(b.summary?.text).toMatch(/^美国商务部宣布/);
    const cited = sentencesOf(b).find((s) => s.text.includes('[1]'));
    expect(cited?.citedRefs).toEqual([0]);
  });

  it('sets no `original` for a simplified briefing', () => {
    const b = parseBriefing(readFileSync('fixtures/briefings/000_dc3a894c5b6cdd65.txt', 'utf8'));
    expect(b.original).toBeUndefined();
  });
});
