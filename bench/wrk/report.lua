-- The end of every wrk script of bench/ (bench/stack.py appends it): counts the answers by
-- status in each thread and prints one line of JSON that bench/stack.py reads. A script
-- placed before it may define seen(status, headers) to look at each answer.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

statuses = {}

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if seen then
        seen(status, headers)
    end
end

function done(summary, latency, requests)
    local counts = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            counts[tostring(status)] = (counts[tostring(status)] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(counts) do
        table.insert(parts, string.format('"%s": %d', status, count))
    end
    local errors = summary.errors
    io.write(string.format(
        'WRK-JSON {"requests": %d, "duration_us": %d, "statuses": {%s}, '
            .. '"errors": %d, "p50_us": %d, "p99_us": %d}\n',
        summary.requests, summary.duration, table.concat(parts, ", "),
        errors.connect + errors.read + errors.write + errors.timeout,
        latency:percentile(50), latency:percentile(99)
    ))
end
