// The page's entry point: a hash router over the five views. The views fetch their own data from
// /graphql; this file only decides which one to show and keeps navigation and focus sensible.
import { renderBriefing } from './briefing-view.js';
import { renderCoverage } from './coverage.js';
import { renderDependencies } from './deps.js';
import { clear, notice } from './dom.js';
import { renderNode } from './node-view.js';
import { parseRoute, type Route } from './routes.js';
import { renderTimeline } from './timeline.js';

const main = document.getElementById('main') as HTMLElement;
const pageError = document.getElementById('page-error') as HTMLElement;

function markCurrent(route: Route): void {
  const active = route.view === 'briefing' ? '' : route.view;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (a.dataset.view === active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function show(moveFocus: boolean): Promise<void> {
  const route = parseRoute(location.hash);
  markCurrent(route);
  clear(pageError);
  document.title = 'briefgraph';
  switch (route.view) {
    case 'timeline':
      await renderTimeline(main, route.params);
      break;
    case 'node':
      await renderNode(main, route.id);
      break;
    case 'briefing':
      await renderBriefing(main, route.id);
      break;
    case 'dependencies':
      await renderDependencies(main, route.id, route.params);
      break;
    case 'coverage':
      renderCoverage(main);
      break;
  }
  // After following a link, start reading at the new content rather than at the top of the page.
  if (moveFocus) main.focus({ preventScroll: false });
}

// The skip link must not change the hash: the hash is the router's.
document.getElementById('skip')?.addEventListener('click', (ev) => {
  ev.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => void show(true));
window.addEventListener('unhandledrejection', (ev) => {
  clear(pageError, notice('error', `Something went wrong in the page: ${String(ev.reason)}`));
});
void show(false);
