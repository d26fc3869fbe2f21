-- wrk script for GET /healthz (liveness, no I/O): the ceiling of the HTTP stack on this machine.
-- Usage: wrk -t2 -c32 -d10s -s bench/wrk/healthz.lua http://127.0.0.1:PORT/healthz
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done("healthz")
