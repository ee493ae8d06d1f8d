// The update forms of the live-coverage admin: the rich-text editor (Draftail) writes its
// hidden input 250 ms after the last keystroke, so an editor who clicks "Post update" sooner
// would send the text without its last words. Write every editor's state into its input as
// the form is submitted (capture phase: before the browser reads the form's values).
(function () {
    "use strict";
    document.addEventListener("submit", function (event) {
        event.target.querySelectorAll("[data-draftail-input]").forEach(function (input) {
            if (input.draftailEditor && typeof input.draftailEditor.saveState === "function") {
                input.draftailEditor.saveState();
            }
        });
    }, true);
}());
