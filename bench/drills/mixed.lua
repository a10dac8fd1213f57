-- The mixed load of bench/drills/mixed-load.sh: 70% cached content, 20% search, 10% user writes (a new bookmark
-- with a fresh Idempotency-Key, as one of the signed-in users in TOKENS, comma-separated).
local content = {
  "/api/v4/verses/by_key/2:255?translations=20", "/api/v4/verses/by_key/1:1", "/api/v4/chapters",
  "/api/v4/chapters/36", "/api/v4/verses/by_chapter/112?translations=20", "/api/v4/verses/by_page/1",
  "/api/v4/juzs", "/v1/ayah/262/en.sahih" }
local search = { "/api/v4/search?q=mercy", "/api/v4/search?q=%D8%B1%D8%AD%D9%85%D9%86", "/api/v4/search?q=light&size=5" }
local counts = {7,286,200,176,120,165,206,75,129,109,123,111,43,52,99,128,111,110,98,135,112,78,118,64,77,227,93,88,69,60,34,30,73,54,45,83,182,88,75,85,54,53,89,59,37,35,38,29,18,45,60,49,62,55,78,96,29,22,24,13,14,11,11,18,12,12,30,52,52,44,28,28,20,56,40,31,50,40,46,42,29,19,36,25,22,17,19,26,30,20,15,21,11,8,8,19,5,8,8,11,11,8,3,9,5,4,7,3,6,3,5,4,5,6}
local threads = {}
local id = 0
function setup(thread) id = id + 1; thread:set("tid", id); table.insert(threads, thread) end
function init(args)
  math.randomseed(tid * 7919)
  tokens = {}
  for t in string.gmatch(os.getenv("TOKENS"), "[^,]+") do table.insert(tokens, t) end
  n = 0; writes = 0; bad = 0
end
function request()
  n = n + 1
  local r = math.random(100)
  if r <= 70 then
    return wrk.format("GET", content[math.random(#content)], { ["Accept"] = "application/json" })
  elseif r <= 90 then
    return wrk.format("GET", search[math.random(#search)], { ["Accept"] = "application/json" })
  end
  writes = writes + 1
  local slot = (writes * 2 + tid) % 124720
  local verse, chapter = slot % 6236, 1
  while verse >= counts[chapter] do verse = verse - counts[chapter]; chapter = chapter + 1 end
  return wrk.format("POST", "/auth/v1/bookmarks", {
      ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)], ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("mixed-%d-%d-%d", tid, writes, math.random(1, 1000000000)) },
    string.format('{"type":"ayah","key":%d,"verseNumber":%d,"mushaf":%d}', chapter, verse + 1, math.floor(slot / 6236) + 1))
end
function response(status, headers, body)
  if status >= 400 then bad = bad + 1 end
end
function done(summary, latency, requests)
  local total_bad, total_writes = 0, 0
  for _, t in ipairs(threads) do total_bad = total_bad + t:get("bad"); total_writes = total_writes + t:get("writes") end
  io.write(string.format("MIXED requests=%d errors_status=%d socket_errors=%d writes=%d p50_ms=%.2f p99_ms=%.2f rps=%.0f\n",
    summary.requests, total_bad, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    total_writes, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
