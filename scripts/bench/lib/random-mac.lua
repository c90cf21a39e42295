-- wrk script: GET /hsm/v2/Inventory/EthernetInterfaces?MACAddress=<a random MAC that smd_inventory.py created>.
-- Environment: BENCH_BMCS, BENCH_NODES, BENCH_NICS. No token: the collection GET is public, as DHCP tooling uses it.
local bmcs = tonumber(os.getenv("BENCH_BMCS"))
local nodes = tonumber(os.getenv("BENCH_NODES"))
local nics = tonumber(os.getenv("BENCH_NICS"))

request = function()
  -- wrk embeds LuaJIT (Lua 5.1): no bit operators, so the bytes are computed arithmetically.
  local value = math.random(0, bmcs - 1) * 65536 + math.random(0, nodes - 1) * 256 + math.random(0, nics - 1)
  local mac = string.format("02:5a:%02x:%02x:%02x:%02x",
    math.floor(value / 16777216) % 256, math.floor(value / 65536) % 256, math.floor(value / 256) % 256, value % 256)
  return wrk.format("GET", "/hsm/v2/Inventory/EthernetInterfaces?MACAddress=" .. mac)
end
