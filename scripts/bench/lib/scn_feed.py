#!/usr/bin/env python3
"""SCN dispatch to one local subscriber, timed. Standard library only.

usage: scn_feed.py SMD_URL TOKEN EVENTS CLIENTS
Creates EVENTS nodes (On), subscribes a local HTTP subscriber (answering 503 until armed) to Ready and Off, makes
EVENTS single-node state changes that alternate Off and Ready (so no two notifications merge), then arms the
subscriber and times the backlog's delivery; then one bulk change of every node (one merged notification).
Checks that every notification arrived once and in order. Prints tab-separated lines: name, count, seconds, per-second.
"""
import concurrent.futures
import http.server
import json
import sys
import threading
import time
import urllib.request

smd, token, events, clients = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
nodes = [f"x{2000 + i // 256}c{i // 32 % 8}s{i // 4 % 8}b{i // 2 % 2}n{i % 2}" for i in range(events)]


def request(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(smd + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=120) as response:
        return response.status, response.read()


class Subscriber(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real subscriber would
    armed = threading.Event()
    lock = threading.Lock()
    received = []  # (time, component, state)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if not Subscriber.armed.is_set():
            self.send_response(503)
        else:
            now = time.perf_counter()
            with Subscriber.lock:
                Subscriber.received.extend((now, c, body.get("State")) for c in body["Components"])
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def wait_for(count, timeout=600):
    deadline = time.perf_counter() + timeout
    while True:
        with Subscriber.lock:
            if len(Subscriber.received) >= count:
                return list(Subscriber.received)
        if time.perf_counter() > deadline:
            sys.exit(f"only {len(Subscriber.received)} of {count} notified components arrived")
        time.sleep(0.01)


for start in range(0, events, 10000):
    request("POST", "/hsm/v2/State/Components", {"Components": [{"ID": n, "State": "On"} for n in nodes[start:start + 10000]]})
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Subscriber)
threading.Thread(target=server.serve_forever, daemon=True).start()
request("POST", "/hsm/v2/Subscriptions/SCN",
        {"Subscriber": "bench", "Url": f"http://127.0.0.1:{server.server_address[1]}/scn", "States": ["Ready", "Off", "Standby"]})

baseline = json.loads(request("GET", "/hsm/v2/changes?limit=0")[1])["LatestSequence"]
started = time.perf_counter()
states = ["Off" if i % 2 == 0 else "Ready" for i in range(events)]
with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
    list(pool.map(lambda i: request("PATCH", f"/hsm/v2/State/Components/{nodes[i]}/StateData", {"State": states[i]}), range(events)))
written = time.perf_counter() - started
print(f"state changes written ({clients} clients, subscriber answering 503)\t{events}\t{written:.2f}\t{events / written:.0f}", flush=True)

Subscriber.armed.set()
got = wait_for(events)
# The changes were written by parallel clients: their order is the feed's. Each node changed once.
order, since = [], baseline
while True:
    page = json.loads(request("GET", f"/hsm/v2/changes?since={since}&limit=10000")[1])["Changes"]
    order += [c["ID"] for c in page if c["Operation"] == "Updated"]
    if len(page) < 10000:
        break
    since = page[-1]["Sequence"]
if len(got) != events or len({c for _, c, _ in got}) != events:
    sys.exit(f"expected {events} distinct notified nodes once each, got {len(got)} ({len({c for _, c, _ in got})} distinct)")
if any(state != states[nodes.index(c)] for _, c, state in got):
    sys.exit("a notification carried the wrong state")
if order != [c for _, c, _ in got]:
    sys.exit("notifications arrived out of feed order")
elapsed = got[-1][0] - got[0][0]
print(f"SCN backlog, one notification per change\t{events}\t{elapsed:.2f}\t{(events - 1) / elapsed if elapsed else 0:.0f}", flush=True)

started = time.perf_counter()
request("PATCH", "/hsm/v2/State/Components/BulkStateData", {"ComponentIDs": nodes, "State": "Standby", "Force": True})
got = wait_for(2 * events)
elapsed = got[-1][0] - started
print(f"SCN bulk change of every node (merged notifications)\t{events}\t{elapsed:.2f}\t{events / elapsed:.0f}", flush=True)
