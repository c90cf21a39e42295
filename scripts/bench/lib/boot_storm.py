#!/usr/bin/env python3
"""Loads SMD with N nodes and BSS with boot parameters for them, then checks that BSS answers real boot scripts.
Standard library only. Used by scripts/bench/boot-storm.

usage: boot_storm.py SMD_URL BSS_URL TOKEN NODES NODES_PER_BMC CLIENTS SCRIPT_FILE

Node i (0 <= i < NODES) is <bmc>n<k> with bmc = i // NODES_PER_BMC and k = i % NODES_PER_BMC, NID i+1, one NIC
with MAC 02:5b:00:<i as 3 bytes> and IP 10.<100 + i//62500>.<i//250 % 250>.<i%250 + 1>; every tenth node is an
Application node, the others Compute. lib/boot-storm.lua computes the same MACs and IPs.

Progress goes to stderr; results go to stdout as KEY=VALUE lines; SCRIPT_FILE receives a typical boot script.
"""
import concurrent.futures
import json
import random
import re
import sys
import time
import urllib.error
import urllib.request

if len(sys.argv) != 8:
    sys.exit(__doc__)
smd, bss, token = sys.argv[1:4]
nodes, per_bmc, clients = map(int, sys.argv[4:7])
script_file = sys.argv[7]
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
COMPONENTS_PER_POST = 10_000  # SMD's limit for one POST /State/Components
PER_NODE_EVERY = 1000  # every 1000th node has boot parameters of its own

IMAGE = "http://10.92.100.81/boot-images/1fb58f4e-ad23-489b-89b7-95868fca7ee6"
# Kernel parameters as a CSM compute image carries them, so scripts have a realistic size (about 1 KiB).
PARAMS = ("console=ttyS0,115200 bad_page=panic crashkernel=360M hugepagelist=2m-2g intel_iommu=off "
          "intel_pstate=disable iommu.passthrough=on numa_interleave_omit=headless oops=panic pageblock_order=14 "
          "rd.neednet=1 rd.retry=10 rd.shell ip=dhcp quiet spire_join_token=${SPIRE_JOIN_TOKEN} "
          f"root=craycps-s3:s3://boot-images/1fb58f4e-ad23-489b-89b7-95868fca7ee6/rootfs:bd1aa8fe9f6bc7f9e5b3fa1a3b1c7e1a-244:dvs:api-gw-service-nmn.local:300:nmn0 "
          "nmd_data=url=s3://boot-images/1fb58f4e-ad23-489b-89b7-95868fca7ee6/rootfs,etag=bd1aa8fe9f6bc7f9e5b3fa1a3b1c7e1a-244")


def bmc_xname(b):
    # 8 chassis x 8 slots x 2 BMCs per cabinet.
    return f"x{1000 + b // 128}c{b // 16 % 8}s{b // 2 % 8}b{b % 2}"


def xname(i):
    return f"{bmc_xname(i // per_bmc)}n{i % per_bmc}"


def mac(i):
    return f"02:5b:00:{i >> 16 & 0xFF:02x}:{i >> 8 & 0xFF:02x}:{i & 0xFF:02x}"


def ip(i):
    return f"10.{100 + i // 62500}.{i // 250 % 250}.{i % 250 + 1}"


def role(i):
    return "Application" if i % 10 == 9 else "Compute"


def request(method, url, body=None, extra=None):
    data = json.dumps(body).encode() if body is not None and not isinstance(body, bytes) else body
    req = urllib.request.Request(url, data=data, method=method, headers={**headers, **(extra or {})})
    try:
        with urllib.request.urlopen(req, timeout=600) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def must(label, status, body):
    if status >= 300:
        sys.exit(f"{label}: HTTP {status}: {body[:300].decode(errors='replace')}")


def parallel(label, jobs):
    """Runs (method, url, body) jobs on CLIENTS threads; returns the seconds taken."""
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        for status, body in pool.map(lambda job: request(*job), jobs):
            must(label, status, body)
    return time.perf_counter() - started


def load_components():
    """The nodes with their roles and NIDs, 10,000 per request (discovery keeps an existing node's Role and NID)."""
    batches = [{"Components": [{"ID": xname(i), "State": "Ready", "Role": role(i), "NID": i + 1, "Arch": "X86",
                                "Enabled": True} for i in range(start, min(nodes, start + COMPONENTS_PER_POST))]}
               for start in range(0, nodes, COMPONENTS_PER_POST)]
    return parallel("POST /State/Components", [("POST", smd + "/hsm/v2/State/Components", b) for b in batches])


def discovery_body(b):
    """What magellan reports for one BMC: its Systems (one per node, the System ID being the node's xname), each
    with one NIC and its IP. SMD derives the ComponentEndpoints and EthernetInterfaces BSS reads."""
    host = f"10.{b // 250}.{b % 250}.1"
    first, last = b * per_bmc, min(nodes, (b + 1) * per_bmc)
    systems = [{"uri": f"https://{host}/redfish/v1/Systems/{xname(i)}", "name": xname(i), "system_type": "Physical",
                "power": {"state": "On"}, "actions": ["On", "ForceOff", "GracefulRestart"],
                "ethernet_interfaces": [{"uri": f"/redfish/v1/Systems/{xname(i)}/EthernetInterfaces/0",
                                         "mac": mac(i), "ip": ip(i)}]}
               for i in range(first, last)]
    return json.dumps({"ID": bmc_xname(b), "FQDN": host, "User": "root", "Password": "secret", "SchemaVersion": 1,
                       "Systems": systems, "Managers": []}).encode()


def load_interfaces():
    bmcs = (nodes + per_bmc - 1) // per_bmc
    return parallel("POST /Inventory/RedfishEndpoints",
                    (("POST", smd + "/hsm/v2/Inventory/RedfishEndpoints", discovery_body(b)) for b in range(bmcs)))


def entry(hosts, params, user_data, meta_data=None):
    return {"hosts": hosts, "params": params, "kernel": IMAGE + "/kernel", "initrd": IMAGE + "/initrd",
            "cloud-init": {"meta-data": meta_data or {}, "user-data": user_data}}


def load_boot_parameters():
    """Default, one entry per role, Global cloud-init data, and an entry of its own for every 1000th node."""
    jobs = [
        entry(["Default"], PARAMS, {"runcmd": ["echo default"]}, {"site": "bench"}),
        entry(["Compute"], PARAMS, {"packages": ["slurm-client"], "runcmd": ["systemctl start slurmd"]}),
        entry(["Application"], PARAMS.replace("quiet", "quiet app"), {"packages": ["nginx"]}),
        {"hosts": ["Global"], "cloud-init": {"meta-data": {"ntp": "10.92.100.1", "dns": ["10.92.100.2"]}}},
    ]
    jobs += [entry([xname(i)], PARAMS + " node_specific=1", {"hostname": xname(i)}, {"rack": i // 1000})
             for i in range(0, nodes, PER_NODE_EVERY)]
    return parallel("POST /boot/v1/bootparameters", [("POST", bss + "/boot/v1/bootparameters", j) for j in jobs])


def refresh_index():
    """POST /boot/v1/hosts answers when the index is as new as SMD (following SMD's stream: when the stream has
    applied SMD's latest change; polling: when a new read is in service); readiness then counts its nodes."""
    started = time.perf_counter()
    must("POST /boot/v1/hosts", *request("POST", bss + "/boot/v1/hosts"))
    seconds = time.perf_counter() - started
    _, body = request("GET", bss + "/readyz")
    description = json.loads(body)["checks"]["smd-node-index"]["description"]
    match = re.search(r"(\d+) nodes", description)
    if not match or int(match.group(1)) != nodes:
        sys.exit(f"BSS's node index does not hold {nodes} nodes: {description}")
    return seconds


def check_sample(count=500):
    """Random known MACs and node addresses get their own node's script and data, not an error or a fallback."""
    rng = random.Random(11)
    sizes = []
    for i in (rng.randrange(nodes) for _ in range(count)):
        status, body = request("GET", f"{bss}/boot/v1/bootscript?mac={mac(i)}")
        text = body.decode()
        if status != 200 or not text.startswith("#!ipxe\n") or f" xname={xname(i)} " not in text or "\nboot " not in text:
            sys.exit(f"bootscript for {mac(i)} ({xname(i)}): HTTP {status}, not its boot script:\n{text[:400]}")
        sizes.append(len(body))
        status, body = request("GET", f"{bss}/meta-data", extra={"X-Forwarded-For": ip(i)})
        if status != 200 or json.loads(body).get("local-hostname") != xname(i):
            sys.exit(f"meta-data for {ip(i)} ({xname(i)}): HTTP {status}, not its meta-data: {body[:300]!r}")
        status, body = request("GET", f"{bss}/user-data", extra={"X-Forwarded-For": ip(i)})
        if status != 200 or not body.startswith(b"#cloud-config") or xname(i).encode() not in body:
            sys.exit(f"user-data for {ip(i)} ({xname(i)}): HTTP {status}, not its user-data: {body[:300]!r}")
    # The typical script: a Compute node's (nine in ten nodes are).
    typical = next(i for i in range(1, nodes) if role(i) == "Compute" and i % PER_NODE_EVERY)
    _, body = request("GET", f"{bss}/boot/v1/bootscript?mac={mac(typical)}")
    with open(script_file, "wb") as out:
        out.write(body)
    return len(body), sorted(sizes)[len(sizes) // 2]


def main():
    timings = {}
    for name, step in (("components", load_components), ("interfaces", load_interfaces),
                       ("bootparameters", load_boot_parameters), ("index", refresh_index)):
        print(f"loading: {name}…", file=sys.stderr, flush=True)
        timings[name] = step()
    typical, median = check_sample()
    for name, seconds in timings.items():
        print(f"load_{name}={seconds:.1f}")
    print(f"load_total={sum(timings.values()):.1f}")
    print(f"script_bytes={typical}")
    print(f"script_median_bytes={median}")


if __name__ == "__main__":
    main()
