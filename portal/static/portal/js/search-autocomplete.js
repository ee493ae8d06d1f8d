// Suggestions for the header search box: an ARIA 1.2 combobox with a listbox popup.
// Progressive enhancement only: without this file the box is a plain GET form.
(function () {
    "use strict";
    var form = document.querySelector(".site-search[data-autocomplete-url]");
    if (!form || !window.fetch) { return; }
    var input = form.querySelector("input[name=q]");
    var listbox = form.querySelector("[role=listbox]");
    var status = form.querySelector("[role=status]");
    var url = form.getAttribute("data-autocomplete-url");
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var controller = null;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("aria-expanded", "false");

    function options() { return listbox.querySelectorAll("[role=option]"); }

    function close() {
        listbox.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function setActive(index) {
        var items = options();
        if (!items.length) { return; }
        if (index < 0) { index = items.length - 1; }
        if (index >= items.length) { index = 0; }
        items.forEach(function (item, i) { item.setAttribute("aria-selected", String(i === index)); });
        active = index;
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
    }

    function render(results) {
        listbox.textContent = "";
        results.forEach(function (result, i) {
            var item = document.createElement("li");
            item.id = "site-search-option-" + i;
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", "false");
            item.dataset.url = result.url;
            var title = document.createElement("span");
            title.className = "site-search__option-title";
            title.textContent = result.title;
            var kind = document.createElement("span");
            kind.className = "site-search__option-kind";
            kind.textContent = result.kind_label || result.kind;
            item.appendChild(title);
            item.appendChild(kind);
            item.addEventListener("mousedown", function (event) { event.preventDefault(); });
            item.addEventListener("click", function () { window.location.assign(result.url); });
            listbox.appendChild(item);
        });
        if (results.length) {
            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
            status.textContent = results.length === 1 ? status.dataset.one : status.dataset.many.replace("%(count)s", results.length);
        } else {
            close();
            status.textContent = "";
        }
        active = -1;
        input.removeAttribute("aria-activedescendant");
    }

    function lookUp() {
        var query = input.value.trim();
        if (query === lastQuery) { return; }
        lastQuery = query;
        if (query.length < 2) { render([]); return; }
        if (controller) { controller.abort(); }
        controller = window.AbortController ? new AbortController() : null;
        fetch(url + "?q=" + encodeURIComponent(query), {
            headers: { Accept: "application/json" },
            signal: controller ? controller.signal : undefined
        })
            .then(function (response) { return response.ok ? response.json() : { results: [] }; })
            .then(function (data) { if (input.value.trim() === query) { render(data.results || []); } })
            .catch(function () { /* network errors leave the plain form working */ });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(lookUp, 200);
    });
    input.addEventListener("keydown", function (event) {
        var open = !listbox.hidden;
        if (event.key === "ArrowDown") {
            event.preventDefault();
            if (!open && options().length) { listbox.hidden = false; input.setAttribute("aria-expanded", "true"); }
            setActive(active + 1);
        } else if (event.key === "ArrowUp") {
            event.preventDefault();
            if (open) { setActive(active - 1); }
        } else if (event.key === "Escape") {
            if (open) { event.preventDefault(); event.stopPropagation(); close(); }
        } else if (event.key === "Enter" && open && active >= 0) {
            event.preventDefault();
            window.location.assign(options()[active].dataset.url);
        }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
})();
