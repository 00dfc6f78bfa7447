// A small element builder: every piece of data reaches the page as text (never innerHTML), so a
// sentence quoting `<script>` from a briefing stays a sentence.

export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | undefined | ((ev: Event) => void)>;

const HAN = /\p{Script=Han}/u;

/** Text containing Chinese characters is marked lang="zh-Hans" so the browser picks Simplified glyphs. */
export function text(s: string): Node {
  if (!HAN.test(s)) return document.createTextNode(s);
  const span = document.createElement('span');
  span.lang = 'zh-Hans';
  span.textContent = s;
  return span;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, ...c);
    else el.append(typeof c === 'string' || typeof c === 'number' ? text(String(c)) : c);
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** Only http(s) links from briefings become clickable; anything else is shown as text. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A status line: what is loading, what failed, or that nothing matched. */
export function notice(kind: 'loading' | 'error' | 'empty' | 'info', message: string): HTMLElement {
  const role = kind === 'error' ? 'alert' : 'status';
  return h('p', { class: `notice notice-${kind}`, role }, message);
}
