-- wrk script: catalogue searches that nobody asked for before in the run, so that every one is searched and rendered
-- rather than served from the page cache: words in the reader's language (hy, en, fr, ru) with three facets
-- (country, stage, and one theme or two), 179,712 distinct combinations. Each thread walks its own stretch of a
-- quarter of them: BENCH_PASS 0 (warm-up) takes the first two, 1 (measure) the other two. A stretch lasts 44,928
-- requests, so neither a 60 s warm-up nor a 30 s measurement runs into addresses asked for before below 1,400 req/s.
-- (The page cache keys pages by the parameters a page reads: a suffix of other parameters does not make an address
-- new.)
local words = {
  en = {"budget", "youth%20council", "participation", "open%20data", "consultation", "housing", "climate", "women"},
  fr = {"budget", "jeunes", "concertation", "quartier", "participation", "habitants", "climat", "s%C3%A9curit%C3%A9"},
  ru = {"%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82", "%D0%BC%D0%BE%D0%BB%D0%BE%D0%B4%D1%91%D0%B6%D1%8C",
        "%D1%81%D0%BB%D1%83%D1%88%D0%B0%D0%BD%D0%B8%D1%8F", "%D0%B6%D0%B8%D1%82%D0%B5%D0%BB%D0%B8",
        "%D1%83%D1%87%D0%B0%D1%81%D1%82%D0%B8%D0%B5", "%D1%81%D0%BE%D0%B2%D0%B5%D1%82", "%D0%B3%D0%BE%D1%80%D0%BE%D0%B4",
        "%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82"},
  hy = {"%D5%A2%D5%B5%D5%B8%D6%82%D5%BB%D5%A5", "%D5%A5%D6%80%D5%AB%D5%BF%D5%A1%D5%BD%D5%A1%D6%80%D5%A4%D5%B6%D5%A5%D6%80",
        "%D5%B0%D5%A1%D5%B4%D5%A1%D5%B5%D5%B6%D6%84", "%D5%AD%D5%B8%D6%80%D5%B0%D5%B8%D6%82%D6%80%D5%A4",
        "%D5%B4%D5%A1%D5%BD%D5%B6%D5%A1%D5%AF%D6%81%D5%B8%D6%82%D5%A9%D5%B5%D5%B8%D6%82%D5%B6",
        "%D6%84%D5%B6%D5%B6%D5%A1%D6%80%D5%AF%D5%B8%D6%82%D5%B4", "%D5%A2%D5%B6%D5%A1%D5%AF%D5%AB%D5%B9%D5%B6%D5%A5%D6%80",
        "%D5%AE%D6%80%D5%A1%D5%A3%D5%AB%D6%80"},
}
local langs = {"hy", "en", "fr", "ru"}
local countries = {"AM", "MD", "FR", "BE", "IE", "GE", "UA", "DE", "IT", "PL", "ES", "GB"}
local stages = {"agenda-setting", "drafting", "decision", "implementation", "monitoring", "reformulation"}
local single = {"budget-finance", "culture", "digital-democracy", "education", "environment-climate", "gender-equality",
                "health", "migration-minorities", "mobility", "social-inclusion", "urban-development", "youth"}
-- one theme (12) or two (66): readers who choose two see the initiatives of either
local themes = {}
for i = 1, #single do themes[#themes + 1] = single[i] end
for i = 1, #single do
  for j = i + 1, #single do themes[#themes + 1] = single[i] .. "&theme=" .. single[j] end
end
local total = 4 * 8 * 12 * 6 * #themes
local pass = tonumber(os.getenv("BENCH_PASS") or "1")
local suffix = os.getenv("BENCH_SUFFIX") or "" -- appended as it is (the page cache ignores what a page does not read)
local threads = 0
local all = {}

setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
  all[threads] = thread
end

-- pages the page cache answered (X-Cache other than MISS) are not fresh searches: counted, printed at the end
cached = 0
response = function(status, headers, body)
  local answer = headers["X-Cache"]
  if answer ~= nil and answer ~= "MISS" then
    cached = cached + 1
  end
end

local counter = nil
request = function()
  if counter == nil then
    counter = (2 * pass + tid) * total / 4
  end
  counter = counter + 1
  local c = counter % total
  local lang = langs[c % 4 + 1]
  local word = words[lang][math.floor(c / 4) % 8 + 1]
  local country = countries[math.floor(c / 32) % 12 + 1]
  local stage = stages[math.floor(c / 384) % 6 + 1]
  local theme = themes[math.floor(c / 2304) % #themes + 1]
  return wrk.format("GET", "/initiatives?q=" .. word .. "&country=" .. country .. "&stage=" .. stage .. "&theme="
    .. theme .. "&lang=" .. lang .. suffix)
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
local report = done
done = function(summary, latency, requests)
  report(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(all) do
    total = total + thread:get("cached")
  end
  io.write(string.format("CACHED responses=%d\n", total))
end
