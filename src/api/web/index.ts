// Placeholder until the web page lands (the web-page engineer owns this folder and replaces this
// file): an honest page saying the timeline page is being built, linking to GraphiQL.
export interface WebAsset {
  type: string;
  body: string | Uint8Array;
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>briefgraph</title></head>
<body>
<h1>briefgraph</h1>
<p>The timeline web page is being built. Meanwhile, query the graph in <a href="/graphql">GraphiQL at /graphql</a>.</p>
</body>
</html>
`;

export async function webAssets(): Promise<Map<string, WebAsset>> {
  return new Map([['/', { type: 'text/html; charset=utf-8', body: PAGE }]]);
}
