-- Shared by the wrk scripts of bench/run: reading the family ids, per-thread random seeds, and a
-- done() that prints one parseable "STIP_BENCH key=value ..." line (latencies in milliseconds).
local M = {}

-- Gives every wrk thread its own number (used as a random seed), before its init() runs.
local next_thread = 0
function M.setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_number", next_thread)
end

function M.seed()
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

-- One family id per line; a missing or empty file is an error, not a silent empty benchmark.
function M.read_ids(path)
  local ids = {}
  local file = assert(io.open(path, "r"), "cannot open family id file " .. tostring(path))
  for line in file:lines() do
    if #line > 0 then ids[#ids + 1] = line end
  end
  file:close()
  assert(#ids > 0, "no family ids in " .. path)
  return ids
end

function M.done(name)
  return function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
      "STIP_BENCH name=%s requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f " ..
      "p99_ms=%.3f max_ms=%.3f non2xx=%d connect_err=%d read_err=%d write_err=%d " ..
      "timeout_err=%d\n",
      name, summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect, e.read, e.write,
      e.timeout))
  end
end

return M
