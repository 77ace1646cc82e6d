// "Copy text" on a release page: copies the plain-text release next to it.
// Without this script (or a clipboard) the button stays hidden and the .txt link still works.
(function () {
  "use strict";
  var clipboard = navigator.clipboard;
  if (!clipboard || !window.fetch || !window.Promise) {
    return;
  }

  function fetchText(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.text();
    });
  }

  function copy(url) {
    // Safari only lets a page write during the click, so give it a promise of the text at once.
    if (window.ClipboardItem && clipboard.write) {
      var blob = fetchText(url).then(function (text) {
        return new Blob([text], { type: "text/plain" });
      });
      return clipboard.write([new window.ClipboardItem({ "text/plain": blob })]).catch(function () {
        return fetchText(url).then(function (text) {
          return clipboard.writeText(text);
        });
      });
    }
    return fetchText(url).then(function (text) {
      return clipboard.writeText(text);
    });
  }

  var buttons = document.querySelectorAll("button[data-copy-from]");
  Array.prototype.forEach.call(buttons, function (button) {
    var status = button.parentNode.querySelector(".copy-status");
    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      say("");
      copy(button.getAttribute("data-copy-from")).then(
        function () {
          say(button.getAttribute("data-copied") || "Copied.");
        },
        function () {
          say(button.getAttribute("data-copy-failed") || "Could not copy: open the plain-text version instead.");
        }
      );
    });
  });
})();
