// @vitest-environment happy-dom
/**
 * HTML parsed in unit tests fetches nothing it names, as in a browser's DOMParser, nor once it is put in the
 * document: the happy-dom settings in vitest.config.ts, which every file using happy-dom gets. A local server
 * counts what is asked of it.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/popup/page-article';
import { setBody } from '../content/fixtures';

let server: Server;
let base = '';
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const type = request.url?.endsWith('.css')
      ? 'text/css'
      : request.url?.endsWith('.js')
        ? 'text/javascript'
        : 'text/html';
    response.setHeader('content-type', type);
    response.end(
      type === 'text/css' ? 'p { color: red }' : type === 'text/javascript' ? 'void 0' : '<p>frame</p>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requested.length = 0;
});

/** A page naming a resource of every kind a parser might fetch. */
function page(): string {
  const long = `<p>${'The truce around Aleppo held for a third day on Sunday, residents said. '.repeat(10)}</p>`;
  return `<html><head><title>Truce holds</title>
    <script src="${base}/script.js"></script><script type="module" src="${base}/module.js"></script>
    <link rel="stylesheet" href="${base}/style.css"><link rel="modulepreload" href="${base}/preload.js">
    <style>@import url("${base}/imported.css");</style></head>
    <body><article><h1>Truce holds</h1>${long}<img src="${base}/image.png" alt="">
    <iframe src="${base}/frame.html" title="frame"></iframe>${long}</article></body></html>`;
}

/** Lets anything happy-dom started in the background reach the server. */
const moment = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('parsed HTML loads nothing', () => {
  it('DOMParser', async () => {
    const doc = new DOMParser().parseFromString(page(), 'text/html');
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(6);
    await moment();
    expect(requested).toEqual([]);
  });

  it('parsed HTML imported into the document, as the content script tests build their pages', async () => {
    setBody(page());
    expect(document.body.querySelectorAll('link, iframe')).toHaveLength(3);
    await moment();
    document.body.replaceChildren();
    expect(requested).toEqual([]);
  });

  it('the popup reading an article out of a page', async () => {
    const outcome = readArticle({ html: page(), url: `${base}/truce`, published: null });
    expect(outcome.kind).toBe('article');
    await moment();
    expect(requested).toEqual([]);
  });
});
