#!/usr/bin/env python3
"""Freshness: how long from a write to SMD (a new node, then its MAC) until BSS answers that MAC with the node's own
boot script. Standard library only. Used by scripts/bench/boot-storm, after it has loaded SMD and BSS.

usage: freshness.py SMD_URL BSS_URL TOKEN TRIALS

Trial t adds node x<9000 + t//128>c<t//16 % 8>s<t//2 % 8>b<t % 2>n0 (Role Compute, NID 9000001 + t) with
POST /State/Components, then its MAC 02:5c:00:<t as 3 bytes> with POST /Inventory/EthernetInterfaces, and asks BSS
for GET /boot/v1/bootscript?mac=… again and again (one keep-alive connection, no pause) until the answer is the
node's own script. The clock starts before the first POST and stops at that answer.

Results go to stdout as KEY=VALUE lines (milliseconds).
"""
import http.client
import json
import sys
import time
import urllib.parse

if len(sys.argv) != 5:
    sys.exit(__doc__)
smd_url, bss_url, token = sys.argv[1:4]
trials = int(sys.argv[4])
HEADERS = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
TIMEOUT = 30  # seconds a trial may take before the benchmark gives up


def connect(url):
    parsed = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=TIMEOUT)


def call(connection, method, path, body=None):
    connection.request(method, path, body=None if body is None else json.dumps(body), headers=HEADERS)
    response = connection.getresponse()
    return response.status, response.read()


def must(label, status, body, expected):
    if status != expected:
        sys.exit(f"{label}: HTTP {status}: {body[:300].decode(errors='replace')}")


def node(t):
    return f"x{9000 + t // 128}c{t // 16 % 8}s{t // 2 % 8}b{t % 2}n0", f"02:5c:00:{t >> 16 & 0xFF:02x}:{t >> 8 & 0xFF:02x}:{t & 0xFF:02x}"


def trial(smd, bss, t):
    xname, mac = node(t)
    started = time.perf_counter()
    must("POST /State/Components", *call(smd, "POST", "/hsm/v2/State/Components",
         {"Components": [{"ID": xname, "State": "Ready", "Role": "Compute", "NID": 9_000_001 + t, "Enabled": True}]}), 204)
    must("POST /Inventory/EthernetInterfaces", *call(smd, "POST", "/hsm/v2/Inventory/EthernetInterfaces",
         {"MACAddress": mac, "ComponentID": xname}), 201)
    written = time.perf_counter()
    while True:
        status, body = call(bss, "GET", f"/boot/v1/bootscript?mac={mac}")
        if status == 200 and f" xname={xname} ".encode() in body:
            answered = time.perf_counter()
            return (answered - started) * 1000, (written - started) * 1000
        if time.perf_counter() - started > TIMEOUT:
            sys.exit(f"BSS did not answer {mac} with {xname}'s script within {TIMEOUT} s (last: HTTP {status})")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def main():
    smd, bss = connect(smd_url), connect(bss_url)
    totals, writes = [], []
    for t in range(trials):
        total, write = trial(smd, bss, t)
        totals.append(total)
        writes.append(write)
    print(f"freshness_trials={trials}")
    for name, values in (("freshness", totals), ("freshness_write", writes)):
        print(f"{name}_p50={percentile(values, 50):.1f}")
        print(f"{name}_p99={percentile(values, 99):.1f}")
        print(f"{name}_max={max(values):.1f}")


if __name__ == "__main__":
    main()
