-- wrk script: the saved catalogue page, as nginx serves it.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
