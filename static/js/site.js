// Loads an external video player only after the visitor presses play, so
// that no connection to YouTube or Vimeo is made before that choice.
(function () {
    "use strict";

    function playEmbeddedVideo(button) {
        var frame = button.closest("[data-video-embed]");
        if (!frame) {
            return;
        }
        var iframe = document.createElement("iframe");
        iframe.src = frame.getAttribute("data-video-embed");
        iframe.title = frame.getAttribute("data-video-title") || "";
        iframe.allow = "autoplay; fullscreen; picture-in-picture";
        iframe.setAttribute("allowfullscreen", "");
        frame.replaceChildren(iframe);
        iframe.focus();
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-video-play]");
        if (button) {
            playEmbeddedVideo(button);
        }
    });
})();

// Request form: show the questions for someone asking on another person's
// behalf only when that was chosen, and bring the error summary into focus.
// Without JavaScript every question stays visible.
(function () {
    "use strict";

    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
        // A form sent to an anchor (action="#...") comes back with the browser
        // scrolling to that anchor, which takes the focus away again.
        window.addEventListener("load", function () {
            if (document.activeElement === document.body) {
                summary.focus();
            }
        });
    }

    var block = document.querySelector("[data-on-behalf]");
    var radios = document.querySelectorAll('input[name="submitted_by"]');
    if (!block || !radios.length) {
        return;
    }
    function update() {
        var chosen = document.querySelector('input[name="submitted_by"]:checked');
        var hasErrors = block.querySelector(".form-field--error") !== null;
        block.hidden = !hasErrors && (!chosen || chosen.value === "resident");
    }
    radios.forEach(function (radio) {
        radio.addEventListener("change", update);
    });
    update();
})();

// Error summary: a link to a question moves the focus to its field and shows
// the question above it (its label or legend), not just the bare field.
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-error-summary] a[href^='#']");
        if (!link) {
            return;
        }
        var field = document.getElementById(link.getAttribute("href").slice(1));
        if (!field) {
            return;
        }
        var fieldset = field.closest("fieldset");
        var legend = fieldset && fieldset.querySelector("legend");
        var label = legend || document.querySelector("label[for='" + field.id + "']");
        event.preventDefault();
        (label || field).scrollIntoView();
        field.focus({ preventScroll: true });
    });
})();
