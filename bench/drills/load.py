#!/usr/bin/env python3
"""A small closed-loop load client for the drills: N connections (threads, each with one keep-alive connection),
each sending requests drawn from a mix until the time is up, recording every answer.

    load.py --base http://127.0.0.1:8080 --seconds 20 --connections 16 --mix content=8,search=1,write=1 \
            [--token TOKEN] [--acked FILE] [--events FILE]

Mix kinds: content (GET of cached content: verses, chapters, pages), search (GET /api/v4/search), write (POST a new
bookmark with a fresh Idempotency-Key; needs --token). With --acked, the id of every bookmark whose write was
acknowledged (2xx) is appended to FILE, so a drill can check afterwards that each one is in the database.
Prints one JSON object: counts per status class and kind, the errors (status or exception) with their time offset,
p50/p99 latency and throughput. Bounded: it stops at --seconds; every request has a timeout.
"""
import argparse
import http.client
import json
import random
import threading
import time
import urllib.parse
import uuid

CONTENT = [
    "/api/v4/verses/by_key/2:255?translations=20",
    "/api/v4/verses/by_key/1:1",
    "/api/v4/chapters",
    "/api/v4/chapters/36",
    "/api/v4/verses/by_chapter/112?translations=20",
    "/api/v4/verses/by_page/1",
    "/api/v4/juzs",
    "/v1/ayah/262/en.sahih",
]
SEARCH = ["/api/v4/search?q=mercy", "/api/v4/search?q=%D8%B1%D8%AD%D9%85%D9%86", "/api/v4/search?q=light&size=5"]
# Chapter lengths, to pick a valid verse for each bookmark.
COUNTS = [7, 286, 200, 176, 120, 165, 206, 75, 129, 109, 123, 111, 43, 52, 99, 128, 111, 110, 98, 135, 112, 78, 118,
          64, 77, 227, 93, 88, 69, 60, 34, 30, 73, 54, 45, 83, 182, 88, 75, 85, 54, 53, 89, 59, 37, 35, 38, 29, 18,
          45, 60, 49, 62, 55, 78, 96, 29, 22, 24, 13, 14, 11, 11, 18, 12, 12, 30, 52, 52, 44, 28, 28, 20, 56, 40,
          31, 50, 40, 46, 42, 29, 19, 36, 25, 22, 17, 19, 26, 30, 20, 15, 21, 11, 8, 8, 19, 5, 8, 8, 11, 11, 8, 3,
          9, 5, 4, 7, 3, 6, 3, 5, 4, 5, 6]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--mix", default="content=1")
    parser.add_argument("--token")
    parser.add_argument("--acked")
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    url = urllib.parse.urlparse(args.base)
    mix = []
    for part in args.mix.split(","):
        kind, weight = part.split("=")
        mix += [kind] * int(weight)
    lock = threading.Lock()
    results = []  # (offset, kind, status or error, latency ms)
    acked = open(args.acked, "a") if args.acked else None
    start = time.monotonic()
    deadline = start + args.seconds
    slots = iter(range(random.Random(args.seed).randrange(0, 100000), 10**9))

    def worker(index):
        rng = random.Random(args.seed * 1000 + index)
        conn = None
        while time.monotonic() < deadline:
            kind = rng.choice(mix)
            headers = {"Accept": "application/json"}
            body = None
            method = "GET"
            if kind == "content":
                path = rng.choice(CONTENT)
            elif kind == "search":
                path = rng.choice(SEARCH)
            else:
                with lock:
                    slot = next(slots)
                verse, mushaf = slot % 6236, (slot // 6236) % 20 + 1
                chapter = 0
                while verse >= COUNTS[chapter]:
                    verse -= COUNTS[chapter]
                    chapter += 1
                method, path = "POST", "/auth/v1/bookmarks"
                body = json.dumps({"type": "ayah", "key": chapter + 1, "verseNumber": verse + 1, "mushaf": mushaf})
                headers.update({"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())})
            if args.token:
                headers["Authorization"] = "Bearer " + args.token
            sent = time.monotonic()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=args.timeout)
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                payload = response.read()
                outcome = response.status
                if kind == "write" and 200 <= outcome < 300 and acked:
                    data = json.loads(payload).get("data", {})
                    bookmark = data.get("id") if isinstance(data, dict) else None
                    with lock:
                        acked.write(f"{bookmark}\n")
                        acked.flush()
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except Exception as e:  # a refused or reset connection is a failure the client saw
                outcome = type(e).__name__
                if conn is not None:
                    conn.close()
                conn = None
            now = time.monotonic()
            with lock:
                results.append((round(sent - start, 2), kind, outcome, (now - sent) * 1000))

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.seconds + args.timeout + 5)
    elapsed = time.monotonic() - start
    latencies = sorted(r[3] for r in results)
    counts = {}
    for _, kind, outcome, _ in results:
        key = f"{kind}:{outcome // 100}xx" if isinstance(outcome, int) else f"{kind}:{outcome}"
        counts[key] = counts.get(key, 0) + 1
    errors = [(t, kind, o) for t, kind, o, _ in results if not (isinstance(o, int) and o < 400)]
    retry_after = sum(1 for *_, o, _ in results if o == 503)
    print(json.dumps({
        "requests": len(results),
        "seconds": round(elapsed, 1),
        "throughput": round(len(results) / elapsed, 1),
        "p50_ms": round(latencies[len(latencies) // 2], 2) if latencies else None,
        "p99_ms": round(latencies[int(len(latencies) * 0.99)], 2) if latencies else None,
        "counts": counts,
        "errors": len(errors),
        "status_503": retry_after,
        "first_errors": errors[:10],
        "last_error_at": errors[-1][0] if errors else None,
    }))


if __name__ == "__main__":
    main()
