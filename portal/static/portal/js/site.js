// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    var toggle = document.querySelector(".menu-toggle");
    var nav = document.getElementById("site-nav");
    if (toggle && nav) {
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            nav.classList.toggle("is-open", !open);
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && nav.classList.contains("is-open")) {
                toggle.setAttribute("aria-expanded", "false");
                nav.classList.remove("is-open");
                toggle.focus();
            }
        });
    }
})();

// An embedded player takes its own ratio (set through the CSSOM, which the CSP allows).
(function () {
    "use strict";
    document.querySelectorAll(".responsive-object[data-aspect-ratio]").forEach(function (box) {
        var frame = box.querySelector("iframe");
        if (frame) { frame.style.aspectRatio = box.getAttribute("data-aspect-ratio"); }
    });
})();
