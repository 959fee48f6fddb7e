-- wrk script: mixed public traffic as readers make it — home, catalogue and searches, initiative pages, news,
-- events, contests, map, statistics and the API (bench/mixed-paths.txt, or MIXED_PATHS: bench/cluster.sh adds every
-- public initiative's page) — in the four languages (Accept-Language, no
-- cookies). With MIXED_STATIC set, the same sequence of saved copies (/p1.html …) as nginx serves them.
local dir = os.getenv("BENCH_DIR") or "bench"
local paths = {}
for line in io.lines(os.getenv("MIXED_PATHS") or (dir .. "/mixed-paths.txt")) do
  if line ~= "" then
    paths[#paths + 1] = line
  end
end
local static = os.getenv("MIXED_STATIC")
local languages = { "en", "hy", "fr", "ru" }
local counter = 0
request = function()
  counter = counter + 1
  local i = (counter % #paths) + 1
  if static then
    return wrk.format("GET", "/p" .. i .. ".html")
  end
  return wrk.format("GET", paths[i], { ["Accept-Language"] = languages[(counter % 4) + 1] })
end
-- Redirects (an initiative's address without its slug) count as answers, not errors.
response = function(status, headers, body)
end
dofile(dir .. "/report.lua")
