// Argument promotion of the Chinese clause reader (src/extract/rules/zh-arguments.ts): a noun phrase no rule
// made a node becomes one when it is the subject, object or 对/将 target of a classified verb whose other end
// is a node. Sentences are real: the dev briefings (新质生产力每日动态, 人民日报 on Nexperia, 国务院 on AI+) and
// news pages on export controls, tariffs and batteries (2025).
import { describe, expect, it } from 'vitest';
import { dailyBriefing, has, named } from './fixtures.js';

const read = (...paragraphs: string[]) => dailyBriefing('2025 年 11 月 20 日', ...paragraphs);

describe('a noun phrase joined to a node by a classified verb becomes a node', () => {
  it('makes each item of a 对-list a node constrained by the measure (对锂电池、正极材料…实施出口管制)', () => {
    const f = read('商务部、海关总署昨日联合发布 2025 年第 58 号公告，决定对锂电池、正极材料和人造石墨负极材料三大类相关物项实施出口管制。');
    expect(named(f, '锂电池')?.label).toBe('Product');
    expect(has(f, 'CONSTRAINS', '出口管制', '锂电池')).toBe(true);
  });
  it('makes the subject of 举行 an organisation taking part in the meeting (标委会还举行了首次全体委员会议)', () => {
    const f = read('成立当天，标委会还举行了首次全体委员会议，通过章程等内部制度，并部署了下一阶段工作。');
    expect(named(f, '标委会')?.label).toBe('Organization');
    expect(has(f, 'INVOLVES', '全体委员会议', '标委会')).toBe(true);
  });
  it('makes the object of a causing verb an indicator caused by the policy (政策推动部分大宗商品价格回升)', () => {
    const f = read('“反内卷”政策推动部分大宗商品价格回升，是购进价格指数回升的重要原因，但终端需求不足可能制约价格向下游传导。');
    expect(named(f, '商品价格')?.label).toBe('Indicator');
    expect(has(f, 'CAUSES', '反内卷政策', '商品价格')).toBe(true);
  });
  it('makes 将 X + a constraining verb put the quota in place by its actor (欧盟将钢铁进口配额削减近一半)', () => {
    const f = read('欧盟将钢铁进口配额削减近一半。');
    expect(named(f, '钢铁进口配额')?.label).toBe('Policy');
    expect(has(f, 'ISSUED_BY', '钢铁进口配额', '欧盟')).toBe(true);
    expect(has(f, 'CONSTRAINS', '欧盟', '钢铁进口配额')).toBe(false);
  });
  it('makes an exemption granted by an organisation a policy it issues (商务部对民用出口予以豁免)', () => {
    const f = read('商务部对民用出口予以豁免。');
    expect(named(f, '豁免')?.label).toBe('Policy');
    expect(has(f, 'ISSUED_BY', '豁免', '商务部')).toBe(true);
  });
  it('makes a country the issuer of a measure only this reading names (为缓解供应紧张，中方宣布对…民用出口予以豁免)', () => {
    const f = read('为缓解供应紧张，中方宣布对符合条件的民用出口予以豁免。');
    expect(has(f, 'ISSUED_BY', '豁免', '中方')).toBe(true);
  });
  it('gives no country issuer to a measure the shape rules named (理由是中方即将实施“大规模出口管制”)', () => {
    const f = read('特朗普 10 月 10 日在 Truth Social 上表示，美国将对"任何及所有关键软件"实施出口管制，理由是中方即将实施"大规模出口管制"。');
    expect(has(f, 'ISSUED_BY', '出口管制', '中方')).toBe(false);
  });
  it('gives no cause to what a subjectless clause promotes (…成为增长极，推动技术普惠和成果共享)', () => {
    const f = read('到2030年,我国人工智能全面赋能高质量发展,新一代智能终端、智能体等应用普及率超90%,智能经济成为我国经济发展的重要增长极,推动技术普惠和成果共享。');
    expect(named(f, '技术普惠')).toBeUndefined();
  });
  it('makes the target of a levy a node constrained by the measure (对贸易伙伴加征的有关单边关税措施)', () => {
    const f = read('中方敦促美方取消对贸易伙伴加征的有关单边关税措施。');
    expect(named(f, '贸易伙伴')).toBeDefined();
    expect(f.edges.some((e) => e.type === 'CONSTRAINS' && e.to === named(f, '贸易伙伴')?.id)).toBe(true);
  });
});

describe('what never becomes a node', () => {
  it('leaves a generic noun that is no thing alone (新的关税和制裁威胁将笼罩…; 从而引发新一轮升级)', () => {
    const f = read(
      '然而，评论同时警告，新的关税和制裁威胁将笼罩“满面笑容的合影”。',
      '北京可能认为恢复关税水平违反了休战协议，从而引发新一轮升级。',
    );
    expect(named(f, '威胁')).toBeUndefined();
    expect(named(f, '新一轮升级')).toBeUndefined();
    expect(named(f, '升级')).toBeUndefined();
  });
  it('leaves a pronoun-led phrase and a country side to other rules (导致后者生产受阻; 由荷方引发)', () => {
    const f = read('10月26日，安世荷兰宣布停止向安世（中国）东莞工厂供应晶圆，导致后者生产受阻。', '中方在磋商中重申，供应链乱局由荷方引发、责任也在荷方。');
    expect(named(f, '后者生产')).toBeUndefined();
    expect(named(f, '生产')).toBeUndefined();
    expect(named(f, '荷方')).toBeUndefined();
  });
  it('leaves a modifier ending in 性 (促进生产力革命性跃迁) and a bare flow word (对超出配额的进口加征)', () => {
    const f = read(
      '为深入实施“人工智能+”行动，推动人工智能与经济社会各行业各领域广泛深度融合，促进生产力革命性跃迁和生产关系深层次变革。',
      '欧盟委员会提议对超出配额的进口加征50%关税。',
    );
    expect(named(f, '生产力革命性')).toBeUndefined();
    expect(named(f, '进口')).toBeUndefined();
  });
  it('never makes a constraining verb part of a noun (严重冲击国际经贸秩序)', () => {
    const f = read('美方此举性质极其恶劣，严重损害受波及企业的正当合法权益，严重冲击国际经贸秩序。');
    expect(named(f, '冲击国际经贸秩序')).toBeUndefined();
  });
});
