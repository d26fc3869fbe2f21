-- wrk script for GET /api/v1/families/{id}: the family overview (50 newest entries, one durable
-- access-log line per read), spread uniformly over the bench families in IDS_FILE.
-- Usage: wrk ... -s bench/wrk/overview.lua http://127.0.0.1:PORT -- IDS_FILE BEARER_TOKEN
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done("overview")

local ids, headers

function init(args)
  common.seed()
  ids = common.read_ids(args[1])
  headers = {["Authorization"] = "Bearer " .. args[2], ["Accept"] = "application/json"}
end

function request()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/api/v1/families/" .. id .. "?limit=50&purpose=hulpverlening", headers)
end
