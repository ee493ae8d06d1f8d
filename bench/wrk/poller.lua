-- An open live-coverage page, as static/live/live.js polls: GET with If-None-Match of the
-- last ETag seen, starting from the one of the page's HTML (INITIAL_ETAG), one request
-- every POLL_MS on average per connection (0: as fast as the server answers). Both are set
-- by bench/live_polling.py. wrk does not say which connection an answer came on, so the
-- connections of a thread share the last ETag seen: after a post, one page of each thread
-- fetches the new stream and the others revalidate against it.
local etag = INITIAL_ETAG

function request()
    if etag then
        return wrk.format("GET", nil, { ["If-None-Match"] = etag })
    end
    return wrk.format("GET")
end

function seen(status, headers)
    if status == 200 then
        etag = headers["ETag"] or headers["etag"] or etag
    end
end

if POLL_MS and POLL_MS > 0 then
    -- Half to one and a half intervals, so that the pages drift apart as pages opened at
    -- different moments do. wrk delays only between requests: the first polls go at once.
    function delay()
        return math.random(math.floor(POLL_MS / 2), math.floor(POLL_MS * 3 / 2))
    end
end
