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
