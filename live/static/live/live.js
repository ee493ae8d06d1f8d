// Live coverage: poll the page's updates endpoint and offer the new updates with a button
// ("N new updates") instead of moving the page under the reader. No inline script (CSP):
// everything it needs comes from data- attributes of templates/live/live_coverage_page.html.
(function () {
    "use strict";
    var stream = document.querySelector("[data-live-endpoint]");
    var button = document.querySelector("[data-live-new]");
    var notice = document.querySelector("[data-live-notice]");
    if (!stream || !button || !notice || !window.fetch) {
        return;
    }
    var endpoint = stream.getAttribute("data-live-endpoint");
    var etag = '"' + stream.getAttribute("data-live-version") + '"';
    var seconds = parseInt(stream.getAttribute("data-live-poll-seconds"), 10) || 10;
    var latest = null;
    var timer = null;

    function shownItems() {
        var found = {};
        stream.querySelectorAll("[data-update-id]").forEach(function (item) {
            found[item.getAttribute("data-update-id")] = item;
        });
        return found;
    }

    function fresh(updates) {
        var shown = shownItems();
        return updates.filter(function (update) { return !shown[String(update.id)]; });
    }

    function label(count) {
        if (count === 1) {
            return button.getAttribute("data-label-one");
        }
        return button.getAttribute("data-label-many").replace("__count__", String(count));
    }

    function element(html) {
        var holder = document.createElement("li");
        holder.className = "live__item";
        // Parsed inertly (no script runs, no handler attribute fires), then moved in.
        var parsed = new DOMParser().parseFromString(html, "text/html");
        holder.append.apply(holder, Array.prototype.slice.call(parsed.body.childNodes));
        return holder;
    }

    // Corrections and deletions of updates already on the page: in place, nothing added.
    function applyChanges(updates) {
        var shown = shownItems();
        var wanted = {};
        updates.forEach(function (update) {
            var key = String(update.id);
            wanted[key] = true;
            var item = shown[key];
            if (item && item.getAttribute("data-update-version") !== update.version) {
                item.parentNode.replaceWith(element(update.html));
            }
        });
        Object.keys(shown).forEach(function (key) {
            if (!wanted[key]) {
                shown[key].parentNode.remove();
            }
        });
    }

    function insertNew() {
        if (!latest) {
            return;
        }
        var added = fresh(latest.updates);
        var empty = stream.querySelector("[data-live-empty]");
        if (empty && added.length) {
            empty.remove();
        }
        // The endpoint lists newest first: insert from the oldest so the newest ends on top.
        for (var i = added.length - 1; i >= 0; i--) {
            stream.insertBefore(element(added[i].html), stream.firstChild);
        }
        notice.hidden = true;
        if (added.length) {
            var first = stream.querySelector("[data-update-id]");
            first.setAttribute("tabindex", "-1");
            first.focus();
        }
    }

    function ended(data) {
        var badge = document.querySelector("[data-live-status]");
        if (badge) {
            badge.textContent = data.status_label;
        }
        window.clearInterval(timer);
    }

    function handle(data) {
        latest = data;
        applyChanges(data.updates);
        var count = fresh(data.updates).length;
        if (count) {
            button.textContent = label(count);
            notice.hidden = false;
        }
        if (data.status !== "live") {
            ended(data);
        }
    }

    function poll() {
        fetch(endpoint, {
            cache: "no-store",
            credentials: "same-origin",
            headers: { "If-None-Match": etag, Accept: "application/json" },
        }).then(function (response) {
            if (response.status !== 200) {
                return null; // 304: nothing new; anything else: try again next time
            }
            etag = response.headers.get("ETag") || etag;
            return response.json();
        }).then(function (data) {
            if (data) {
                handle(data);
            }
        }).catch(function () { /* offline for a moment: the next poll tries again */ });
    }

    button.addEventListener("click", insertNew);
    timer = window.setInterval(poll, seconds * 1000);
}());
