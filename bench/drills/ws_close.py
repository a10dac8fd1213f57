#!/usr/bin/env python3
"""Opens a graphql-transport-ws WebSocket, sends connection_init and waits (bounded) for the server to close it.
Prints "CLOSE <code> <reason>" when the server closes, "SKIP <why>" when there is no WebSocket endpoint,
"NOCLOSE" when the connection ended without a close frame or the time ran out.
    ws_close.py ws://127.0.0.1:8081/graphql SECONDS"""
import base64
import os
import socket
import struct
import sys
import urllib.parse

url = urllib.parse.urlparse(sys.argv[1])
limit = float(sys.argv[2]) if len(sys.argv) > 2 else 20
try:
    sock = socket.create_connection((url.hostname, url.port), timeout=5)
except OSError as e:
    print(f"SKIP cannot connect: {e}")
    sys.exit(0)
key = base64.b64encode(os.urandom(16)).decode()
sock.sendall((f"GET {url.path} HTTP/1.1\r\nHost: {url.hostname}:{url.port}\r\nUpgrade: websocket\r\n"
              f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
              f"Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").encode())
head = b""
while b"\r\n\r\n" not in head:
    chunk = sock.recv(4096)
    if not chunk:
        break
    head += chunk
status = head.split(b"\r\n", 1)[0].decode(errors="replace")
if " 101 " not in status + " ":
    print(f"SKIP no WebSocket endpoint at {url.path} (answered '{status}'); the graphql branch provides it")
    sys.exit(0)
buffer = head.split(b"\r\n\r\n", 1)[1]


def send_text(text):
    payload = text.encode()
    mask = os.urandom(4)
    header = bytes([0x81, 0x80 | len(payload)]) + mask
    sock.sendall(header + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


send_text('{"type":"connection_init","payload":{}}')
sock.settimeout(limit)
try:
    while True:
        while len(buffer) < 2:
            chunk = sock.recv(4096)
            if not chunk:
                print("NOCLOSE connection ended without a close frame")
                sys.exit(0)
            buffer += chunk
        opcode, length = buffer[0] & 0x0F, buffer[1] & 0x7F
        offset = 2
        if length == 126:
            length, offset = struct.unpack(">H", buffer[2:4])[0], 4
        elif length == 127:
            length, offset = struct.unpack(">Q", buffer[2:10])[0], 10
        while len(buffer) < offset + length:
            chunk = sock.recv(4096)
            if not chunk:
                print("NOCLOSE connection ended mid-frame")
                sys.exit(0)
            buffer += chunk
        payload, buffer = buffer[offset:offset + length], buffer[offset + length:]
        if opcode == 0x8:
            code = struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else 1005
            print(f"CLOSE {code} {payload[2:].decode(errors='replace')}")
            sys.exit(0)
except socket.timeout:
    print("NOCLOSE no close frame within the time limit")
