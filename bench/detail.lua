-- wrk script: initiative pages, each request a page no other request of the run (or of the warm-up) has asked for, so
-- that every page is rendered rather than served from the page cache. The generated public initiatives (ids from
-- 1,000,000; every twentieth is a draft, which is not public) in the four languages make 4m distinct pages; each thread
-- walks its own stretch of m of them: BENCH_PASS 0 (warm-up) takes the first two, 1 (measure) the other two;
-- BENCH_SUFFIX keeps a long warm-up's addresses apart from the measured ones.
local langs = {"hy", "en", "fr", "ru"}
local n = tonumber(os.getenv("BENCH_N") or "10000")
local m = n * 19 / 20 -- public generated initiatives
local pass = tonumber(os.getenv("BENCH_PASS") or "1")
local suffix = os.getenv("BENCH_SUFFIX") or "" -- e.g. "&warmup=1": addresses of their own
local threads = 0

setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local counter = nil
request = function()
  if counter == nil then
    counter = (2 * pass + tid) * m
  end
  counter = counter + 1
  local p = counter % (4 * m)
  local k = 1 + (p * 7919) % m -- 7919 is prime: every k in 1..m once per m requests
  local g = 20 * math.floor(k / 19) + k % 19 -- the k-th g that is not a draft (g % 20 ~= 19)
  local lang = langs[((p + math.floor(p / m)) % 4) + 1]
  return wrk.format("GET", "/initiatives/" .. (1000000 + g) .. "?lang=" .. lang .. suffix)
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
