-- wrk script for bench/load.sh: POSTs Bot Framework message activities with deliveryMode expectReplies (the reply
-- comes back in the HTTP response), rotating through bench/patient-questions.tsv. Anonymous mode, no token.
-- A 2xx response only counts as answered when its body holds a message activity; anything else is an error.
-- Environment: QUESTIONS (path of the questions file; default patient-questions.tsv in the working directory).

local questions = {}
for line in io.lines(os.getenv("QUESTIONS") or "patient-questions.tsv") do
  local kind, text = line:match("^([%w_]+)\t(.+)$")
  if kind and line:sub(1, 1) ~= "#" then questions[#questions + 1] = text end
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  threads[#threads + 1] = thread
end

function init(args)
  counter = id * 7 -- threads start at different questions
  non2xx = 0
  unanswered = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local text = questions[(counter % #questions) + 1]
  local body = '{"type":"message","id":"' .. id .. "-" .. counter .. '","channelId":"emulator",'
    .. '"serviceUrl":"http://127.0.0.1:9/","from":{"id":"load-user-' .. id .. '"},"recipient":{"id":"bot"},'
    .. '"conversation":{"id":"load-' .. id .. "-" .. (counter % 16) .. '"},"locale":"en-GB",'
    .. '"text":' .. json_string(text) .. ',"deliveryMode":"expectReplies"}'
  return wrk.format(nil, "/api/messages", nil, body)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif not (body and body:find('"activities"', 1, true) and body:find('"message"', 1, true)) then
    unanswered = unanswered + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total, unanswered_total = 0, 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    unanswered_total = unanswered_total + thread:get("unanswered")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f "
      .. "non2xx=%d unanswered=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    non2xx_total, unanswered_total, e.connect, e.read, e.write, e.timeout))
end
