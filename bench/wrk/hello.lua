-- wrk script for the minimal Beast hello-world server (build/stip_hello): the ceiling of this
-- machine for an HTTP/1.1 keep-alive request, measured in the same run as Stip.
-- Usage: wrk -t2 -c32 -d10s -s bench/wrk/hello.lua http://127.0.0.1:PORT/
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done("hello")
