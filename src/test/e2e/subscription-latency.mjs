// Subscription delivery latency, write to message: one graphql-ws client subscribed to syncChanges, WRITES bookmark
// writes over REST one after another; each latency runs from sending the POST to receiving its bookmark.added
// message. Prints the percentiles as JSON. Used by bench/subscriptions.sh.
// Usage: BASE_URL=... TOKEN=... WRITES=200 node subscription-latency.mjs
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const base = process.env.BASE_URL;
const token = process.env.TOKEN;
const writes = Number(process.env.WRITES || 200);
const client = createClient({ url: base.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket,
  retryAttempts: 0, lazy: false, connectionParams: { Authorization: 'Bearer ' + token } });
const waiting = new Map();
const early = new Map();
client.subscribe({ query: 'subscription { syncChanges { type ids { name value } } }' }, {
  next: (message) => {
    const event = message.data && message.data.syncChanges;
    const id = event && event.type === 'bookmark.added' && event.ids.find((i) => i.name === 'bookmark');
    if (!id) {
      return;
    }
    const at = performance.now();
    const resolve = waiting.get(id.value);
    if (resolve) {
      resolve(at);
    } else {
      early.set(id.value, at); // the message beat the POST's response
    }
  },
  error: (error) => { console.error('subscription failed', error); process.exit(1); },
  complete: () => {},
});
await new Promise((resolve) => client.on('connected', resolve));

async function write(i, timeout = 10000) {
  const started = performance.now();
  const response = await fetch(base + '/auth/v1/bookmarks', {
    method: 'POST',
    headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'ayah', key: (i % 114) + 1, verseNumber: 1, mushaf: Math.floor(i / 114) + 1 }),
  });
  if (response.status !== 201) {
    throw new Error('write ' + i + ' answered ' + response.status + ': ' + await response.text());
  }
  const id = (await response.json()).data.id;
  const received = early.has(id) ? early.get(id) : await Promise.race([
    new Promise((resolve) => waiting.set(id, resolve)),
    new Promise((_, reject) => setTimeout(() => reject(new Error('no message for write ' + i)), timeout))]);
  waiting.delete(id);
  early.delete(id);
  return received - started;
}

// Warm-up (first-use work on the server, JIT). 'connected' is the server's connection_ack, which comes before the
// subscription itself has started: writes until one is heard, so the measured ones all race a live subscription.
let heard = 0;
for (let i = 0; i < 40 && heard < 20; i++) {
  try {
    await write(2000 + i, 3000);
    heard++;
  } catch (error) {
    // not subscribed yet
  }
}
const latencies = [];
for (let i = 0; i < writes; i++) {
  latencies.push(await write(i));
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1)].toFixed(1);
console.log(JSON.stringify({ writes, p50_ms: pct(50), p90_ms: pct(90), p99_ms: pct(99),
  max_ms: latencies[latencies.length - 1].toFixed(1) }));
await client.dispose();
