// The search box of the index page: finds cases, press releases and pages in search.json, a
// file of the same site, by any spelling of a name. A query is folded as Casebook folds the
// index (lower case, no accents, Cyrillic in Latin letters, with the letter table the index
// carries), so "Еримбетов", "Erimbetov" and "yerimbetov" meet the same words. The words shown
// are the form's data- attributes. Without this script the form stays hidden and the page lists
// every case.
(function () {
  "use strict";
  var form = document.querySelector("form.search[data-index]");
  var results = document.getElementById("search-results");
  if (!form || !results || !window.fetch || !String.prototype.normalize) {
    return;
  }
  var input = form.querySelector("input[name=q]");
  var index = null;
  var loading = null;
  var letters = {};
  var marks = /\p{M}/gu;
  var wordCharacter = /[\p{L}\p{N}]/u;

  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;

  function say(name, query, count) {
    return form.getAttribute("data-" + name).replace("{query}", query).replace("{count}", count);
  }

  // "1 result", "3 results"; in Russian "3 результата", "5 результатов": the form by the
  // page language's plural rules, as the theme's string files give them.
  function countLine(query, count) {
    var category = plurals ? plurals.select(count) : count === 1 ? "one" : "other";
    var name = form.hasAttribute("data-results-" + category) ? "results-" + category : "results-other";
    return say(name, query, count);
  }

  // The same steps as SearchFolding.fold in Casebook.
  function fold(text) {
    var out = "";
    var space = false;
    var characters = Array.from(text.toLowerCase().normalize("NFC"));
    for (var i = 0; i < characters.length; i++) {
      var mapped = letters[characters[i]];
      var parts = mapped !== undefined ? mapped : characters[i].normalize("NFD").replace(marks, "");
      var pieces = Array.from(parts);
      for (var j = 0; j < pieces.length; j++) {
        var c = pieces[j];
        if (wordCharacter.test(c)) {
          if (space && out) {
            out += " ";
          }
          space = false;
          out += c;
        } else {
          space = true;
        }
      }
    }
    return out;
  }

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          letters = data.letters || {};
          index = data.entries || [];
        });
    }
    return loading;
  }

  function score(entry, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      if ((" " + entry.names).indexOf(" " + words[i]) >= 0) {
        total += 3;
      } else if (entry.names.indexOf(words[i]) >= 0) {
        total += 2;
      } else if (entry.text.indexOf(words[i]) >= 0) {
        total += 1;
      } else {
        return 0;
      }
    }
    return total;
  }

  function show(query) {
    var words = fold(query).split(" ").filter(Boolean);
    results.textContent = "";
    if (!words.length) {
      return;
    }
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var points = score(index[i], words);
      if (points) {
        found.push({ entry: index[i], points: points, order: i });
      }
    }
    found.sort(function (a, b) {
      return b.points - a.points || a.order - b.order;
    });
    var heading = document.createElement("h2");
    heading.textContent = found.length === 0 ? say("none", query, 0) : countLine(query, found.length);
    results.appendChild(heading);
    if (!found.length) {
      return;
    }
    var list = document.createElement("ul");
    list.className = "items";
    found.slice(0, 50).forEach(function (match) {
      var item = document.createElement("li");
      item.className = "item";
      var title = document.createElement("h3");
      var link = document.createElement("a");
      link.href = match.entry.url;
      link.textContent = match.entry.title;
      title.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = [form.getAttribute("data-kind-" + match.entry.kind), match.entry.detail].filter(Boolean).join(" · ");
      item.appendChild(title);
      item.appendChild(meta);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  var searched = null;
  var pending = null;

  function search(query) {
    clearTimeout(pending);
    if (query === searched) {
      return;
    }
    searched = query;
    if (index) {
      show(query);
      return;
    }
    results.textContent = form.getAttribute("data-loading");
    load().then(
      function () {
        if (query === searched) {
          show(query);
        }
      },
      function () {
        results.textContent = form.getAttribute("data-failed");
      }
    );
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    if (window.history && history.replaceState) {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    }
    search(query);
  });
  input.addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      search(input.value.trim());
    }, 200);
  });
  input.addEventListener("focus", load, { once: true });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    search(asked.trim());
  }
})();
