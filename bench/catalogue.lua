-- wrk script: catalogue searches with words and three facets, rotating through realistic combinations,
-- in the four languages. Reports the 95th percentile in the same units wrk uses (microseconds).
local queries = {
  "/initiatives?q=budget&country=AM&stage=decision&theme=budget-finance&lang=en",
  "/initiatives?q=%D5%A2%D5%B5%D5%B8%D6%82%D5%BB%D5%A5&level=local&participation=consultation&theme=youth&lang=hy",
  "/initiatives?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&country=MD&stage=drafting&participation=dialogue&lang=ru",
  "/initiatives?q=participation&level=local&stage=implementation&theme=urban-development&lang=fr",
  "/initiatives?q=youth%20council&country=FR&participation=partnership&stage=agenda-setting&lang=en",
  "/initiatives?q=elaboration&level=regional&theme=environment-climate&stage=drafting&lang=fr",
  "/initiatives?q=open%20data&status=validated&stage=monitoring&theme=digital-democracy&lang=en",
  "/initiatives?q=%D5%B0%D5%A1%D5%B4%D5%A1%D5%B5%D5%B6%D6%84&country=AM&level=local&stage=decision&lang=hy",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", queries[(counter % #queries) + 1])
end
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
