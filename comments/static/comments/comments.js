// Progressive enhancement: the comment form of a page served from the page cache carries no
// CSRF token and no "loaded at" stamp. Fetch both from the uncached token endpoint as soon
// as the visitor starts filling in the form. Without JavaScript the server answers a first
// post with the form refilled and a fresh token, so nothing typed is lost.
(function () {
    "use strict";
    var form = document.getElementById("comment-form");
    if (!form || !window.fetch) { return; }
    var csrf = form.querySelector('input[name="csrfmiddlewaretoken"]');
    var stamp = form.querySelector('input[name="loaded_at"]');
    if (!csrf || !stamp || csrf.value) { return; }
    var pending = null;

    function fetchToken() {
        if (!pending) {
            pending = fetch(form.getAttribute("data-token-url"), {
                credentials: "same-origin",
                headers: { Accept: "application/json" },
            })
                .then(function (response) {
                    if (!response.ok) { throw new Error(String(response.status)); }
                    return response.json();
                })
                .then(function (data) {
                    csrf.value = data.csrfToken;
                    stamp.value = data.loadedAt;
                })
                .catch(function () { pending = null; });
        }
        return pending;
    }

    form.addEventListener("focusin", fetchToken, { once: true });
    form.addEventListener("submit", function (event) {
        if (csrf.value) { return; }
        event.preventDefault();
        var send = function () { form.submit(); };
        fetchToken().then(send, send);
    });
})();
