# Varnish in front of gunicorn: nginx (TLS) -> Varnish :6081 -> gunicorn :8000.
#
# It keeps what the page cache of the app keeps, no more: responses that carry the app's
# X-Cache-Tags header (anonymous, cookie-free 200s), for their s-maxage. The app purges by
# tag through wagtail.contrib.frontend_cache (portal/frontend_purge.py):
#   PURGE /__cache_tag__/page:12   bans every object that depends on page 12.
# Run locally with `make prod-local` (README, "Caching"); tests/portal/test_varnish.py runs
# this file as it is, with only the backend port changed.
vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# Only the app servers may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.url ~ "^/__cache_tag__/[A-Za-z0-9:_-]+$") {
            # Lurker-friendly: the ban tests only obj.* (see varnish-cache.org "bans").
            # The header lists the tags between commas (",site,page:12,"): no regex needed.
            if (std.ban("obj.http.X-Cache-Tags ~ ," + regsub(req.url, "^/__cache_tag__/", "")
                    + ",")) {
                return (synth(200, "Banned"));
            }
            return (synth(400, std.ban_error()));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|search|comments|documents)/") {
        return (pass);
    }
    # A signed-in editor, a flash message or the visitor's own pending comments: personal.
    if (req.http.Cookie ~ "(^|; )(sessionid|messages|comments_mine)=") {
        return (pass);
    }
    # Any other cookie (the CSRF token, analytics) changes no cached page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Keep only what the app itself marked as shareable, for as long as it said (s-maxage).
    if (!beresp.http.X-Cache-Tags || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 0s;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
    unset resp.http.X-Cache-Tags;
    return (deliver);
}
