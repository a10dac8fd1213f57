// End-to-end check of GraphQL subscriptions with the graphql-ws client from npm (graphql-transport-ws protocol).
// Usage: BASE_URL=http://127.0.0.1:8080 TOKEN=<user access token> node subscriptions.mjs
// 1. subscribes to syncChanges with the token in connection_init, adds a bookmark over REST, expects the message;
// 2. khatmProgress: a member hears a claim with the progress after it; an outsider (OUTSIDER_TOKEN) is refused;
// 3. opens connections with invalid tokens (both payload forms) and expects them closed with 4403;
// 4. revokes a subscriber's token (REVOKED_TOKEN, issued to CLIENT_ID/CLIENT_SECRET) at /oauth2/revoke and expects
//    its subscription to end with an UNAUTHORIZED error, and a new subscription on that connection to be refused.
// Prints one JSON line per finding; exits non-zero with the reason on failure.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const base = process.env.BASE_URL;
const token = process.env.TOKEN;
if (!base || !token) {
  console.error('BASE_URL and TOKEN are required');
  process.exit(2);
}
const wsUrl = base.replace(/^http/, 'ws') + '/graphql';
const deadline = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error('timed out: ' + what)), ms));

async function addBookmark(key) {
  const response = await fetch(base + '/auth/v1/bookmarks', {
    method: 'POST',
    headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'ayah', key, verseNumber: 1, mushaf: 1 }),
  });
  if (response.status !== 201) {
    throw new Error('bookmark write answered ' + response.status + ': ' + await response.text());
  }
  return (await response.json()).data.id;
}

async function receivesOwnSyncChange() {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
    connectionParams: { Authorization: 'Bearer ' + token } });
  const written = new Set();
  try {
    const received = new Promise((resolve, reject) => {
      client.subscribe({ query: 'subscription { syncChanges { id type occurredAt ids { name value } } }' }, {
        next: (message) => {
          if (message.errors) {
            reject(new Error('subscription error: ' + JSON.stringify(message.errors)));
            return;
          }
          const event = message.data.syncChanges;
          const bookmark = event.ids.find((id) => id.name === 'bookmark');
          if (event.type === 'bookmark.added' && bookmark && written.has(bookmark.value)) {
            resolve(event);
          }
        },
        error: (error) => reject(new Error('subscription failed: ' + JSON.stringify(error))),
        complete: () => reject(new Error('subscription completed early')),
      });
    });
    await new Promise((resolve) => client.on('connected', resolve));
    // The server starts the subscription right after the subscribe message; write until one write is heard, so
    // a write racing the subscription's start cannot make the check flaky.
    const writes = (async () => {
      for (let key = 1; key <= 20; key++) {
        written.add(await addBookmark(key));
        const heard = await Promise.race([received.then(() => true), new Promise((r) => setTimeout(() => r(false), 1000))]);
        if (heard) {
          return;
        }
      }
    })();
    const event = await Promise.race([received, deadline(30000, 'no syncChanges message for a REST write')]);
    await writes;
    console.log(JSON.stringify({ check: 'syncChanges', ok: true, type: event.type, ids: event.ids }));
  } finally {
    await client.dispose();
  }
}

async function graphql(bearer, query, variables) {
  const response = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'Authorization': 'Bearer ' + bearer, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error('GraphQL errors: ' + JSON.stringify(body.errors));
  }
  return body.data;
}

function subscribeOnce(bearer, query, variables) {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
    connectionParams: { Authorization: 'Bearer ' + bearer } });
  const result = new Promise((resolve, reject) => {
    client.subscribe({ query, variables }, {
      next: (message) => resolve(message),
      error: (error) => resolve({ errors: Array.isArray(error) ? error : [error] }),
      complete: () => reject(new Error('completed without a message')),
    });
  });
  return { client, result };
}

async function khatmProgressForMembersOnly() {
  const outsider = process.env.OUTSIDER_TOKEN;
  const plan = (await graphql(token, 'mutation { createKhatmPlan(name: "e2e", division: "juz") { id } }'))
    .createKhatmPlan;
  const query = 'subscription($id: ID!) { khatmProgress(planId: $id) { type change part progress { claimedParts } } }';
  const refused = subscribeOnce(outsider, query, { id: plan.id });
  const denial = await Promise.race([refused.result, deadline(15000, 'outsider was neither refused nor served')]);
  await refused.client.dispose();
  if (!denial.errors || denial.errors[0].extensions.classification !== 'NOT_FOUND') {
    throw new Error('outsider subscription was not refused: ' + JSON.stringify(denial));
  }
  const member = subscribeOnce(token, query, { id: plan.id });
  await new Promise((resolve) => member.client.on('connected', resolve));
  let part = 0;
  let event;
  while (!event && part < 20) {
    part++;
    await graphql(token, 'mutation($id: ID!, $part: Int!) { claimKhatmPart(planId: $id, part: $part) { part } }',
      { id: plan.id, part });
    event = await Promise.race([member.result, new Promise((r) => setTimeout(() => r(undefined), 1000))]);
  }
  await member.client.dispose();
  if (!event || event.errors || event.data.khatmProgress.change !== 'claimed'
      || event.data.khatmProgress.progress.claimedParts < 1) {
    throw new Error('member did not hear the claim: ' + JSON.stringify(event));
  }
  console.log(JSON.stringify({ check: 'khatmProgress', ok: true, event: event.data.khatmProgress,
    outsider: denial.errors[0].extensions.classification }));
}

async function closedWith4403(connectionParams, label) {
  const code = await Promise.race([new Promise((resolve) => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
      connectionParams, on: { closed: (event) => resolve(event.code) } });
    client.on('error', () => {});
  }), deadline(15000, 'connection with ' + label + ' was not closed')]);
  if (code !== 4403) {
    throw new Error(label + ': expected close code 4403, got ' + code);
  }
  console.log(JSON.stringify({ check: 'invalid token closes with 4403', payload: label, ok: true, code }));
}

function subscribeUntilError(client, query) {
  return new Promise((resolve, reject) => {
    client.subscribe({ query }, {
      next: (message) => { if (message.errors) resolve(message.errors); },
      error: (errors) => resolve(errors),
      complete: () => reject(new Error('subscription completed without an error')),
    });
  });
}

async function subscriptionEndsWhenItsTokenIsRevoked() {
  const revoked = process.env.REVOKED_TOKEN;
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
    connectionParams: { Authorization: 'Bearer ' + revoked } });
  const query = 'subscription { syncChanges { id type } }';
  try {
    await new Promise((resolve) => client.on('connected', resolve));
    const ended = subscribeUntilError(client, query);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const response = await fetch(base + '/oauth2/revoke', {
      method: 'POST',
      headers: { 'Authorization': 'Basic ' + Buffer.from(process.env.CLIENT_ID + ':' + process.env.CLIENT_SECRET)
        .toString('base64'), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'token=' + encodeURIComponent(revoked),
    });
    if (response.status !== 200) {
      throw new Error('revocation answered ' + response.status);
    }
    const errors = await Promise.race([ended, deadline(15000, 'subscription went on after its token was revoked')]);
    const again = await Promise.race([subscribeUntilError(client, query),
      deadline(15000, 'a new subscription with the revoked token was neither refused nor served')]);
    for (const [label, found] of [['running', errors], ['new', again]]) {
      if (found[0].extensions.classification !== 'UNAUTHORIZED' || !/revoked/.test(found[0].message)) {
        throw new Error(label + ' subscription did not end as unauthorized: ' + JSON.stringify(found));
      }
    }
    console.log(JSON.stringify({ check: 'revoked token ends subscriptions', ok: true, message: errors[0].message }));
  } finally {
    await client.dispose();
  }
}

try {
  await receivesOwnSyncChange();
  await khatmProgressForMembersOnly();
  await closedWith4403({ Authorization: 'Bearer not-a-valid-token' }, 'Authorization');
  await closedWith4403({ token: 'not-a-valid-token' }, 'token');
  await subscriptionEndsWhenItsTokenIsRevoked();
  process.exit(0);
} catch (error) {
  console.error('FAILED: ' + error.message);
  process.exit(1);
}
