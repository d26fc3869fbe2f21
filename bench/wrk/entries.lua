-- wrk script for POST /api/v1/families/{id}/entries: durable entry writes (each one a ledger
-- append, acknowledged only after its group commit), spread over the bench families in IDS_FILE.
-- Usage: wrk ... -s bench/wrk/entries.lua http://127.0.0.1:PORT -- IDS_FILE BEARER_TOKEN
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

setup = common.setup
done = common.done("entries")

local ids, headers
local kinds = {"fact", "observation", "opinion", "agreement", "conversation_report"}
local sources = {"huisbezoek", "school", "gezinsgesprek", "telefoongesprek"}
-- Fictional plain-Dutch sentences, like the generator's.
local sentences = {
  "Het gesprek verliep rustig; iedereen kon zijn verhaal doen.",
  "We maken een nieuwe afspraak over bedtijden in het weekend.",
  "De mentor van school belt voortaan eens per maand.",
  "Opa en oma helpen twee middagen per week met de kinderen.",
  "We bespreken over zes weken samen hoe het gaat.",
}

function init(args)
  common.seed()
  ids = common.read_ids(args[1])
  headers = {["Authorization"] = "Bearer " .. args[2], ["Content-Type"] = "application/json"}
end

function request()
  local id = ids[math.random(#ids)]
  local parts = {}
  for i = 1, math.random(1, 4) do parts[i] = sentences[math.random(#sentences)] end
  local body = string.format('{"kind":"%s","source":"%s","text":"%s"}',
                             kinds[math.random(#kinds)], sources[math.random(#sources)],
                             table.concat(parts, " "))
  return wrk.format("POST", "/api/v1/families/" .. id .. "/entries", headers, body)
end
