-- wrk script: catalogue searches that nobody asked for before in the run, so that every one is searched and rendered
-- rather than served from the page cache: words in the reader's language (hy, en, fr, ru) with three facets
-- (country, stage, theme), 27,648 distinct combinations. Each thread walks its own stretch of a quarter of them:
-- BENCH_PASS 0 (warm-up) takes the first two, 1 (measure) the other two; BENCH_SUFFIX keeps a long warm-up's
-- addresses apart from the measured ones.
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
local themes = {"budget-finance", "culture", "digital-democracy", "education", "environment-climate", "gender-equality",
                "health", "migration-minorities", "mobility", "social-inclusion", "urban-development", "youth"}
local total = 4 * 8 * 12 * 6 * 12
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
    counter = (2 * pass + tid) * total / 4
  end
  counter = counter + 1
  local c = counter % total
  local lang = langs[c % 4 + 1]
  local word = words[lang][math.floor(c / 4) % 8 + 1]
  local country = countries[math.floor(c / 32) % 12 + 1]
  local stage = stages[math.floor(c / 384) % 6 + 1]
  local theme = themes[math.floor(c / 2304) % 12 + 1]
  return wrk.format("GET", "/initiatives?q=" .. word .. "&country=" .. country .. "&stage=" .. stage .. "&theme="
    .. theme .. "&lang=" .. lang .. suffix)
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
