-- wrk script: initiative pages, rotating over generated public initiatives (ids from 1,000,000) in four languages.
local langs = {"hy", "en", "fr", "ru"}
local counter = 0
local n = tonumber(os.getenv("BENCH_N") or "10000")
request = function()
  counter = counter + 1
  local g = 1 + (counter * 7919) % n
  if g % 20 == 19 then g = g - 1 end -- every twentieth is a draft, which is not public
  return wrk.format("GET", "/initiatives/" .. (1000000 + g) .. "?lang=" .. langs[(counter % 4) + 1])
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
