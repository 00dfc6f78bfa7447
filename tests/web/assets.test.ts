// webAssets(): what the server answers GET / and GET /assets/* with, bundled from src/api/web.
import { describe, expect, it } from 'vitest';
import { webAssets } from '../../src/api/web/index.js';

describe('webAssets', () => {
  it('serves the page at / linking the bundled script and stylesheet', async () => {
    const assets = await webAssets();
    const page = assets.get('/');
    expect(page?.type).toBe('text/html; charset=utf-8');
    expect(page?.body).toContain('src="/assets/app.js"');
    expect(page?.body).toContain('href="/assets/app.css"');
    expect(page?.body).toContain('<meta name="viewport"');
  });

  it('bundles app.ts with cytoscape into one browser script with no bare imports left', async () => {
    const js = (await webAssets()).get('/assets/app.js');
    expect(js?.type).toBe('text/javascript; charset=utf-8');
    const body = String(js?.body);
    expect(body).toContain('/graphql');
    expect(body).toContain('constraintsOn');
    expect(body).not.toMatch(/\bfrom\s*["'](cytoscape|\.\/)/);
  });

  it('serves the stylesheet with a CJK font stack', async () => {
    const css = (await webAssets()).get('/assets/app.css');
    expect(css?.type).toBe('text/css; charset=utf-8');
    expect(String(css?.body)).toContain('Noto Sans CJK SC');
  });

  it('builds once: a second call returns the same cached assets', async () => {
    expect(await webAssets()).toBe(await webAssets());
  });
});
