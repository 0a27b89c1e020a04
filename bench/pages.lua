-- wrk's script for bench/pages.py (not on its own): the headers a browser
-- behind the proxy sends; for the request form's post (BENCH_MODE=post), a
-- start time of its own per request, from BENCH_TOKENS (each wrk thread takes
-- every n-th one), and a count of the answers; done() writes the figures as
-- JSON to BENCH_RESULT.

local mode = os.getenv("BENCH_MODE")
local result_path = os.getenv("BENCH_RESULT")
local threads = {}

wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["Accept-Encoding"] = "gzip, deflate, br"

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

if mode == "post" then
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
   wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
   wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
   wrk.headers["Referer"] = os.getenv("BENCH_REFERER")
   local body = os.getenv("BENCH_BODY")
   local tokens = {}
   local position, step = 1, 1
   thanked, refused, reused = 0, 0, 0

   function init(args)
      for line in io.lines(os.getenv("BENCH_TOKENS")) do
         tokens[#tokens + 1] = line
      end
      step = tonumber(args[1])
      position = id
   end

   function request()
      if position > #tokens then
         position = id
         reused = reused + 1
      end
      local token = tokens[position]
      position = position + step
      return wrk.format(nil, nil, nil, body .. token)
   end

   function response(status, headers, body)
      local location = headers["Location"] or ""
      if status == 302 and location:sub(-9) == "/bedankt/" then
         thanked = thanked + 1
      else
         refused = refused + 1
      end
   end
end

function done(summary, latency, requests)
   local answers = {thanked = 0, refused = 0, reused = 0}
   if mode == "post" then
      for _, thread in ipairs(threads) do
         for name, _ in pairs(answers) do
            answers[name] = answers[name] + thread:get(name)
         end
      end
   end
   local errors = summary.errors
   local file = io.open(result_path, "w")
   file:write(string.format(
      '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, ' ..
      '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, ' ..
      '"thanked": %d, "refused": %d, "reused": %d}',
      summary.requests, summary.duration, latency:percentile(50),
      latency:percentile(95), errors.connect, errors.read, errors.write,
      errors.status, errors.timeout, answers.thanked, answers.refused,
      answers.reused))
   file:close()
end
