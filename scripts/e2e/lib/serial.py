"""Serial consoles of the netboot test's QEMU guests (scripts/e2e/netboot).

  serial.py run LOG TIMEOUT COMMAND...  runs COMMAND (QEMU with -nographic), writes each console line to LOG with
                                        the seconds since start, kills it after TIMEOUT seconds; exits with its
                                        status (124 on timeout)
  serial.py phases LOG...               prints when each boot phase ended, from those timestamps
"""
import re
import signal
import subprocess
import sys
import threading
import time

# iPXE and SeaBIOS draw with terminal escapes and carriage returns; the logs keep the text only.
ESCAPES = re.compile(rb"\x1b(\[[0-9;?=>]*[A-Za-z]|[()][0-9A-Za-z]|[A-Za-z=>])|\r")

PHASES = [
    ("DHCP", re.compile(r"Configuring \(net0 .*ok")),
    ("script fetched", re.compile(r"/bootscript\.* ok")),
    ("kernel handoff", re.compile(r"^initrd : [0-9]+ bytes")),
    ("init", re.compile(r"E2E-INIT: started")),
    ("cloud-init printed", re.compile(r"===== PHONE-HOME END")),
    ("exit", re.compile(r"E2E-QEMU: exited")),
]
STAMP = re.compile(r"^\[\s*([0-9.]+)\] (.*)$")


def run(log, timeout, command):
    start = time.monotonic()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    timer = threading.Timer(timeout, process.send_signal, [signal.SIGKILL])
    timer.start()
    with open(log, "w", encoding="utf-8") as out:
        for raw in iter(process.stdout.readline, b""):
            text = ESCAPES.sub(b"", raw).decode("utf-8", "replace").rstrip("\n")
            out.write(f"[{time.monotonic() - start:7.2f}] {text}\n")
            out.flush()
        status = process.wait()
        timer.cancel()
        timed_out = status == -signal.SIGKILL
        out.write(f"[{time.monotonic() - start:7.2f}] E2E-QEMU: exited, status {status}"
                  f"{f' (killed after {timeout} s)' if timed_out else ''}\n")
    return 124 if timed_out else status


def phases(logs):
    print(f"{'boot':<28}" + "".join(f"{name:>19}" for name, _ in PHASES))
    for log in logs:
        ends = {}
        with open(log, encoding="utf-8") as lines:
            for line in lines:
                match = STAMP.match(line)
                for name, pattern in PHASES:
                    # The first match: a chained script (the unknown-node flow) fetches more than one.
                    if match and name not in ends and pattern.search(match.group(2)):
                        ends[name] = float(match.group(1))
        label = log.rsplit("/", 1)[-1].removesuffix(".serial.log")
        print(f"{label:<28}" + "".join(f"{ends[name]:>18.2f}s" if name in ends else f"{'-':>19}" for name, _ in PHASES))


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "run":
        sys.exit(run(sys.argv[2], float(sys.argv[3]), sys.argv[4:]))
    if len(sys.argv) >= 3 and sys.argv[1] == "phases":
        phases(sys.argv[2:])
        sys.exit(0)
    sys.exit(__doc__)
