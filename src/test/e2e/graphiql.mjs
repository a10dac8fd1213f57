// Opens /graphiql in headless Chromium (the system's /usr/bin/chromium, driven by playwright-core), runs a query
// through GraphiQL's editor and execute button, and checks the answer. Fails on any request that leaves the server
// (the page must work offline) and on page errors.
// Usage: BASE_URL=http://127.0.0.1:8080 CHROMIUM=/usr/bin/chromium USER_DATA_DIR=<fresh dir> node graphiql.mjs
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const userDataDir = process.env.USER_DATA_DIR;
if (!base || !userDataDir) {
  console.error('BASE_URL and USER_DATA_DIR are required');
  process.exit(2);
}
const origin = new URL(base).origin;
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const foreign = [];
const problems = [];
try {
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreign.push(url);
    }
  });
  page.on('pageerror', (error) => problems.push('page error: ' + error.message));
  // Failed loads are judged by their responses (which name the URL); the browser's own favicon probe is not the page's.
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(response.status() + ' for ' + response.url());
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push('console error: ' + message.text());
    }
  });
  // GraphiQL fetches the schema first (the standard introspection query); it must get it, not a limit error.
  const introspection = page.waitForResponse((candidate) => candidate.url().endsWith('/graphql')
    && (candidate.request().postData() || '').includes('__schema'), { timeout: 30000 });
  const response = await page.goto(base + '/graphiql', { waitUntil: 'load' });
  if (response.status() !== 200) {
    throw new Error('/graphiql answered ' + response.status());
  }
  const schema = await (await introspection).json();
  if (schema.errors || !schema.data || !schema.data.__schema) {
    throw new Error('the introspection query was refused: ' + JSON.stringify(schema.errors));
  }
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30000 });
  const query = '{ chapter(number: 112) { nameSimple versesCount verses(limit: 1) { verseKey } } }';
  await page.evaluate((text) => {
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text);
  }, query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => {
    const result = document.querySelector('.result-window .CodeMirror');
    return result && result.CodeMirror.getValue().includes('versesCount');
  }, null, { timeout: 30000 });
  const result = await page.evaluate(() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue());
  const data = JSON.parse(result).data;
  if (!data || data.chapter.versesCount !== 4 || data.chapter.verses[0].verseKey !== '112:1') {
    throw new Error('unexpected result: ' + result);
  }
  if (foreign.length > 0) {
    throw new Error('the page requested other origins: ' + foreign.join(', '));
  }
  if (problems.length > 0) {
    throw new Error(problems.join('; '));
  }
  console.log(JSON.stringify({ check: 'graphiql', ok: true, chapter: data.chapter }));
} catch (error) {
  console.error('FAILED: ' + error.message + (problems.length ? ' (' + problems.join('; ') + ')' : ''));
  process.exitCode = 1;
} finally {
  await context.close();
}
