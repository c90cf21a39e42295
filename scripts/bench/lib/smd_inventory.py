#!/usr/bin/env python3
"""Ingests magellan-style payloads into SMD and times it; then times MAC lookups. Standard library only.

usage: smd_inventory.py SMD_URL TOKEN BMCS NODES NICS_PER_NODE CLIENTS RUNS_DIR
Prints tab-separated result lines: name, count, seconds, per-second, p50 ms, p99 ms.
"""
import concurrent.futures
import json
import random
import sys
import time
import urllib.request

smd, token, bmcs, nodes, nics, clients = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}


def mac(bmc, node, nic):
    value = (bmc << 16) | (node << 8) | nic
    return ":".join(f"{b:02x}" for b in (0x02, 0x5a, (value >> 24) & 0xFF, (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF))


def xname(bmc):
    # 8 chassis x 8 slots x 2 BMCs per cabinet.
    return f"x{1000 + bmc // 128}c{bmc // 16 % 8}s{bmc // 2 % 8}b{bmc % 2}"


def payload(bmc):
    host = f"10.{bmc // 250}.{bmc % 250}.1"
    systems = [{
        "uri": f"https://{host}/redfish/v1/Systems/Node{n}", "uuid": "", "name": f"Node{n}", "system_type": "Physical",
        "power": {"state": "On"}, "actions": ["On", "ForceOff", "GracefulRestart"],
        "links": {"chassis": [f"/redfish/v1/Chassis/Blade{n}"]},
        "ethernet_interfaces": [{"uri": f"/redfish/v1/Systems/Node{n}/EthernetInterfaces/{i}", "mac": mac(bmc, n, i),
                                 "ip": f"10.{100 + bmc // 250}.{bmc % 250}.{n * 16 + i + 2}" if i == 0 else ""}
                                for i in range(nics)],
    } for n in range(nodes)]
    managers = [{"uri": f"https://{host}/redfish/v1/Managers/BMC", "uuid": "", "name": "BMC", "type": "BMC",
                 "ethernet_interfaces": [{"uri": f"/redfish/v1/Managers/BMC/EthernetInterfaces/{i}",
                                          "mac": mac(bmc, 255, i), "ip": host if i == 0 else ""} for i in range(nics)]}]
    return json.dumps({"ID": xname(bmc), "FQDN": host, "User": "root", "Password": "secret", "SchemaVersion": 1,
                       "Systems": systems, "Managers": managers}).encode()


def request(method, path, body=None):
    started = time.perf_counter()
    req = urllib.request.Request(smd + path, data=body, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=120) as response:
        response.read()
        status = response.status
    return status, time.perf_counter() - started


def run(label, jobs, workers):
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: request(*job), jobs))
    elapsed = time.perf_counter() - started
    bad = [s for s, _ in results if s >= 300]
    if bad:
        sys.exit(f"{label}: {len(bad)} requests failed: {bad[:5]}")
    latencies = sorted(t for _, t in results)
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"{label}\t{len(jobs)}\t{elapsed:.2f}\t{len(jobs) / elapsed:.0f}\t{p(0.5):.1f}\t{p(0.99):.1f}", flush=True)


def wipe():
    for path in ("/hsm/v2/Inventory/RedfishEndpoints", "/hsm/v2/Inventory/EthernetInterfaces", "/hsm/v2/State/Components"):
        try:
            request("DELETE", path)
        except urllib.error.HTTPError as error:
            if error.code != 404:
                raise


bodies = [payload(b) for b in range(bmcs)]
posts = [("POST", "/hsm/v2/Inventory/RedfishEndpoints", body) for body in bodies]
run(f"ingest {bmcs} BMCs x {nodes} nodes, 1 client", posts, 1)
wipe()
run(f"ingest {bmcs} BMCs x {nodes} nodes, {clients} clients", posts, clients)
run(f"re-ingest unchanged, {clients} clients", posts, clients)

random.seed(7)
lookups = [("GET", f"/hsm/v2/Inventory/EthernetInterfaces?MACAddress={mac(random.randrange(bmcs), random.randrange(nodes), random.randrange(nics))}")
           for _ in range(2000)]
run("GET EthernetInterfaces?MACAddress=, 1 client", lookups, 1)
run(f"GET EthernetInterfaces?MACAddress=, {clients} clients", lookups, clients)
