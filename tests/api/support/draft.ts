// A briefing writer's draft paragraph on the truce, and what extraction makes of it, built by hand
// (each fact anchored in the draft's own sentences) so checkDraft can be specified on its own.
import { createHash } from 'node:crypto';
import type { Extract } from '../../../src/api/index.js';
import type { Evidence, GraphFragment } from '../../../src/model/index.js';

export const DRAFT =
  '2026 年 5 月 9 日\n\n' +
  '釜山休战将于 2026 年 11 月 10 日到期。荷兰光刻机制造商 ASML 表示，出口管制仍限制其对华销售。' +
  '特朗普政府正在重建关税体系，北京可能认为这违反了釜山休战协议的精神。\n';

const ID = 'briefing-draft-2026-05-09';

function ev(sentence: string): Evidence {
  const start = DRAFT.indexOf(sentence);
  if (start < 0) throw new Error(`draft has no "${sentence}"`);
  return { briefingId: ID, text: sentence, start, end: start + sentence.length };
}

export function draftFragment(): GraphFragment {
  const truce = ev('釜山休战将于 2026 年 11 月 10 日到期。');
  const asml = ev('荷兰光刻机制造商 ASML 表示，出口管制仍限制其对华销售。');
  const rebuild = ev('特朗普政府正在重建关税体系，北京可能认为这违反了釜山休战协议的精神。');
  return {
    briefing: { id: ID, date: '2026-05-09', title: 'draft', contentHash: createHash('sha256').update(DRAFT).digest('hex'), text: DRAFT },
    nodes: [
      // Matched by alias: the draft's extraction named it differently.
      { id: '釜山休战', label: 'Event', name: '釜山休战', aliases: ['釜山休战'], end: '2026-11-10', endKind: 'expires', endEvidence: truce },
      { id: 'tariff-rebuild', label: 'Event', name: 'tariff rebuild', aliases: ['重建关税体系'] },
      { id: 'asml', label: 'Organization', name: 'ASML', aliases: ['ASML'] },
      { id: 'export-controls', label: 'Policy', name: 'export controls', aliases: ['出口管制'] },
      { id: 'brookings-2026-05-05-draft', label: 'Source', name: 'Brookings', aliases: ['Brookings Institution'], source: { outlet: 'Brookings Institution', date: '2026-05-05', title: 'What will happen when Trump meets Xi? —Expert Analysis' } },
      { id: 'reuters-2026-05-09', label: 'Source', name: 'Reuters', aliases: ['Reuters'], source: { outlet: 'Reuters', date: '2026-05-09', title: 'ASML says export curbs still bite' } },
    ],
    edges: [
      { type: 'CONSTRAINS', from: 'tariff-rebuild', to: '釜山休战', evidence: [rebuild] },
      { type: 'CONSTRAINS', from: 'export-controls', to: 'asml', evidence: [asml] },
      { type: 'MENTIONS', from: ID, to: 'asml', evidence: [asml] },
    ],
  };
}

/** Extraction as checkDraft calls it, answering the draft with the hand-built fragment. */
export const draftExtract: Extract = (text) => {
  if (text !== DRAFT) throw new Error('this extraction double only knows the draft');
  return draftFragment();
};
