// The material generated briefings are made of, read from real texts with the real parser: each
// daily briefing's numbered sections become topics (a heading, its subsections and paragraphs, and
// the references they cite), and the plain articles (press releases, a MOFCOM notice) whole texts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBriefing, type Briefing, type Reference, type Section } from '../../src/briefing/index.js';

export interface TopicPart {
  heading: string;
  paragraphs: string[];
}

export interface Topic {
  /** File the topic came from, and its dateline, which its dates are relative to. */
  origin: string;
  date: string;
  heading: string;
  /** Paragraphs straight under the heading (layout 一、二、), then subsections (layout 1, 1.1). */
  paragraphs: string[];
  subsections: TopicPart[];
  /** The references the topic's sentences cite, in the order of the source's list. */
  references: Reference[];
  /** Its paragraphs cite with [n] markers numbered by `references`' `index` (else by outlet name). */
  markers: boolean;
}

export interface Article {
  origin: string;
  date: string;
  language: Briefing['language'];
  text: string;
}

export interface Pool {
  topics: Topic[];
  articles: Article[];
}

/** Reads every .txt under `dirs`: briefings with numbered sections give topics, the rest whole articles. */
export function readPool(dirs: string[]): Pool {
  const pool: Pool = { topics: [], articles: [] };
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const b = parseBriefing(text, { name: file });
      const topics = b.references.length > 0 ? topicsOf(b, file) : [];
      if (topics.length > 0) pool.topics.push(...topics);
      else pool.articles.push({ origin: file, date: b.date, language: b.language, text });
    }
  }
  return pool;
}

function topicsOf(b: Briefing, origin: string): Topic[] {
  const topics: Topic[] = [];
  let current: { top: Section; subs: Section[] } | undefined;
  const flush = () => {
    if (current) topics.push(topic(b, origin, current.top, current.subs));
  };
  for (const s of b.sections) {
    if (s.level === 1 && s.number !== '') {
      flush();
      current = { top: s, subs: [] };
    } else if (current && s.level > 1) {
      current.subs.push(s);
    }
  }
  flush();
  return topics.filter((t) => t.paragraphs.length + t.subsections.length > 0);
}

function topic(b: Briefing, origin: string, top: Section, subs: Section[]): Topic {
  const sections = [top, ...subs];
  const cited = new Set(sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.citedRefs))));
  const paragraphs = top.paragraphs.map((p) => p.text);
  return {
    origin,
    date: b.date,
    heading: top.heading,
    paragraphs,
    subsections: subs.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) })),
    references: b.references.filter((_, i) => cited.has(i)),
    markers: sections.some((s) => s.paragraphs.some((p) => /\[\d+\]/.test(p.text))),
  };
}
