// "In detention for 8 years, 6 months", counted on the day the page is read, beside each
// <time data-held> (a detention date of someone still held). The words are the data-
// attributes of the script element in layout.mustache. Without this script the date alone shows.
(function () {
  "use strict";
  var words = document.getElementById("detention-words");
  if (!words || !document.querySelectorAll) {
    return;
  }
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(words.getAttribute("data-language") || "en") : null;

  function word(unit, count) {
    var form = plurals ? plurals.select(count) : count === 1 ? "one" : "other";
    return words.getAttribute("data-" + unit + "-" + form) || words.getAttribute("data-" + unit + "-other");
  }

  function amount(unit, count) {
    return count + " " + word(unit, count);
  }

  // A year alone counts in years; a month counts from its first day; a full date to the day.
  function duration(iso, today) {
    var parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (!parts) {
      return null;
    }
    var year = +parts[1];
    if (!parts[2]) {
      var years = today.getFullYear() - year;
      if (years < 0) {
        return null;
      }
      return years === 0 ? words.getAttribute("data-under-a-year") : amount("year", years);
    }
    var months = (today.getFullYear() - year) * 12 + today.getMonth() + 1 - +parts[2];
    if (parts[3] && today.getDate() < +parts[3]) {
      months -= 1;
    }
    if (months < 0) {
      return null;
    }
    if (months === 0) {
      return words.getAttribute("data-under-a-month");
    }
    var text = [];
    if (months >= 12) {
      text.push(amount("year", Math.floor(months / 12)));
    }
    if (months % 12) {
      text.push(amount("month", months % 12));
    }
    return text.join(words.getAttribute("data-separator"));
  }

  var today = new Date();
  var dates = document.querySelectorAll("time[data-held]");
  for (var i = 0; i < dates.length; i++) {
    var time = dates[i].getAttribute("datetime");
    var shown = time && duration(time, today);
    var holder = dates[i].nextElementSibling;
    if (!shown || !holder || holder.className !== "time-held") {
      continue;
    }
    holder.querySelector(".time-held-text").textContent = words.getAttribute("data-phrase").replace("{time}", shown);
    holder.hidden = false;
  }
})();
