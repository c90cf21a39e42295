-- wrk script for scripts/bench/boot-storm: every request is for a random node that lib/boot_storm.py loaded.
-- Environment: BENCH_NODES (how many), BENCH_ROUTE (bootscript, meta-data or user-data).
--   bootscript: GET /boot/v1/bootscript?mac=<the node's MAC>
--   meta-data, user-data: GET /<route> with X-Forwarded-For: <the node's IP> (wrk connects from 127.0.0.1,
--   which the benchmark makes a trusted proxy, as a node's address would be behind a load balancer).
-- done() prints one machine-readable line: requests, seconds, bytes, wrong answers, socket errors, p50/p99 µs.
local nodes = tonumber(os.getenv("BENCH_NODES"))
local route = os.getenv("BENCH_ROUTE") or "bootscript"
local threads = {}
-- What every right answer contains: a boot script boots (an unknown MAC would get a discovery script, also a
-- 200), and cloud-init data names the node (an address BSS does not know gets Default data without a hostname).
local expected = route == "bootscript" and "\nboot " or "local-hostname"

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  -- Each thread has its own Lua state and LuaJIT seeds them alike: without this, all threads ask the same nodes.
  math.randomseed(os.time() * 100 + thread_number)
  wrong = 0
end

-- wrk embeds LuaJIT (Lua 5.1): no bit operators, so the bytes are computed arithmetically, as boot_storm.py does.
local function mac(i)
  return string.format("02:5b:00:%02x:%02x:%02x", math.floor(i / 65536) % 256, math.floor(i / 256) % 256, i % 256)
end

local function ip(i)
  return string.format("10.%d.%d.%d", 100 + math.floor(i / 62500), math.floor(i / 250) % 250, i % 250 + 1)
end

request = function()
  local i = math.random(0, nodes - 1)
  if route == "bootscript" then
    return wrk.format("GET", "/boot/v1/bootscript?mac=" .. mac(i))
  end
  return wrk.format("GET", "/" .. route, { ["X-Forwarded-For"] = ip(i) })
end

-- A 404, a 403, a redirect or a fallback is not a boot: count anything but a 200 with the expected content.
response = function(status, headers, body)
  if status ~= 200 or not string.find(body, expected, 1, true) then
    wrong = wrong + 1
  end
end

done = function(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("wrong")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f bytes=%d wrong=%d errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration / 1e6, summary.bytes, bad, errors,
    latency:percentile(50), latency:percentile(99)))
end
