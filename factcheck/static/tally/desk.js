// The desk's keyboard and text selection. Loaded as a static file: the CSP
// allows no inline script. htmx does the requests; this only finds the
// right control and clicks it.
(function () {
  "use strict";

  function panel() { return document.getElementById("claim-panel"); }
  function links() { return Array.from(document.querySelectorAll("#claim-list [data-claim-link]")); }
  function currentId() { var p = panel(); return p ? p.getAttribute("data-claim") : null; }

  function select(link) {
    if (!link) return;
    link.click();
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: "nearest" });
  }

  function step(delta) {
    var all = links();
    if (!all.length) return;
    var id = currentId();
    var index = all.findIndex(function (a) { return a.getAttribute("data-claim-link") === id; });
    var next = index < 0 ? (delta > 0 ? 0 : all.length - 1) : index + delta;
    if (next >= 0 && next < all.length) select(all[next]);
  }

  // A key pressed as the panel arrives: let htmx take the form first (it does so once
  // only), or the submission would go as a plain form post and reload the page.
  function ready(form) {
    if (window.htmx && form) htmx.process(form);
    return form;
  }

  function clickKey(key) {
    var p = panel();
    var button = p && p.querySelector('[data-key="' + key + '"]');
    if (!button || button.disabled) return;
    if (button.form) ready(button.form);
    button.click();
  }

  // The reading after the current one, round to the first: pressing r again steps on.
  function nextReading() {
    var p = panel();
    if (!p || p.querySelector(".htmx-request")) return;  // the last step is still saving
    var items = Array.from(p.querySelectorAll("[data-reading]"));
    var at = items.findIndex(function (li) { return li.getAttribute("aria-current") === "true"; });
    for (var n = 1; n <= items.length; n++) {
      var button = items[(at + n) % items.length].querySelector("[data-reading-choose]");
      if (button && !button.disabled) { button.click(); return; }
    }
  }

  function setVerdict(n) {
    var p = panel();
    var radio = p && p.querySelector('[data-verdict-key="' + n + '"]');
    if (!radio) return;
    radio.checked = true;
    ready(radio.form).requestSubmit();
  }

  // On a wide screen the claims column is sticky beside the text: when the verdict
  // controls of the claim just opened are off screen, bring the desk to the top of the
  // window, then scroll the column itself until its panel's Save button shows.
  function bringPanelIntoView() {
    var p = panel(), desk = document.querySelector(".desk");
    var save = p && p.querySelector(".verdict-form button[type=submit]");
    if (!save || !desk || window.innerWidth < 960) return;
    if (save.getBoundingClientRect().bottom > window.innerHeight) {
      window.scrollTo(0, desk.getBoundingClientRect().top + window.scrollY);
    }
    var column = p.closest(".claims-column");
    var over = save.getBoundingClientRect().bottom - window.innerHeight + 8;
    if (column && over > 0) column.scrollTop += over;
  }

  function markSelected() {
    var id = currentId();
    // a colleague's change swapped in by live.js: mark, but do not move the page
    var quiet = document.documentElement.hasAttribute("data-live-swap");
    document.querySelectorAll(".claim-item.is-selected, .claim-mark.is-selected").forEach(function (el) {
      el.classList.remove("is-selected");
    });
    if (!id) return;
    var item = document.getElementById("claim-item-" + id);
    var mark = document.getElementById("mark-" + id);
    if (item) item.classList.add("is-selected");
    if (!quiet) {
      bringPanelIntoView();
      requestAnimationFrame(bringPanelIntoView);  // again once the new panel is laid out
    }
    if (mark) { mark.classList.add("is-selected"); if (!quiet) mark.scrollIntoView({ block: "nearest" }); }
    if (history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.set("claim", id);
      history.replaceState(history.state, "", url);
    }
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target.closest && target.closest("input, textarea, select, [contenteditable]");
    if (typing) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.form) {
        event.preventDefault();
        var form = ready(target.form);
        target.blur();  // or htmx puts focus back in the new textarea
        form.requestSubmit();
      } else if (event.key === "Escape") {
        if (target.closest("#new-claim-form")) closeNewClaim();
        else target.blur();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var help = document.getElementById("help");
    switch (event.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "a": clickKey("a"); break;
      case "s": clickKey("s"); break;
      case "x": clickKey("x"); break;
      case "r": nextReading(); break;
      case "n": {
        if (document.getElementById("new-claim-form")) { event.preventDefault(); openNewClaim(); }
        break;
      }
      case "e": {
        var field = panel() && panel().querySelector('[data-key-focus="e"]');
        if (field) {
          event.preventDefault();
          field.focus();
          field.setSelectionRange(field.value.length, field.value.length);
        }
        break;
      }
      case "?": if (help && !help.open) help.showModal(); break;
      default:
        if (/^[1-6]$/.test(event.key)) setVerdict(event.key);
        else return;
    }
  });

  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest(".claim-mark");
    if (mark && window.getSelection().isCollapsed) {
      var link = document.querySelector('[data-claim-link="' + mark.getAttribute("data-claim") + '"]');
      select(link);
    }
    if (event.target.closest && event.target.closest("[data-show-help]")) {
      document.getElementById("help").showModal();
    }
    if (event.target.closest && event.target.closest("[data-cancel-new-claim]")) closeNewClaim();
  });

  // Offsets in Python's terms: code points, not UTF-16 units.
  function codePoints(text) { return Array.from(text).length; }

  function offsetWithin(container, node, offset) {
    var range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function articleText() { return document.querySelector("[data-article-text]"); }

  // The unit (and kind of figure) a new claim most likely has, from the figure as written
  // and the words around it: "67.5 per cent" is a percentage, "1937" a year, "7,247
  // majority" a majority. Editors change it when it is wrong; "votes" is not assumed.
  function guessKind(text, before, after) {
    var t = text.toLowerCase(), next = after.toLowerCase().slice(0, 30), prev = before.toLowerCase().slice(-30);
    var digits = t.replace(/[,\s\u00a0\u2009\u202f]/g, "");
    if (/%|per ?cent/.test(t) || /^\s*(%|per ?cent)/.test(next)) {
      if (/^\s*(%|per ?cent)?\s*(percentage )?points?/.test(next)) return ["percentage_points", "vote_share_change"];
      if (/turnout/.test(prev + next)) return ["percent", "turnout"];
      return ["percent", "vote_share"];
    }
    if (/points?\b|pts|pp\b/.test(t) || /^\s*(percentage )?(points?|pts)\b/.test(next)) return ["percentage_points", "vote_share_change"];
    if (/^(1[89]\d\d|20\d\d)$/.test(t.trim())) return ["year", "year"];
    if (/^\s*seats?\b/.test(next) || /seats?\b/.test(t)) return ["seats", "seat_count"];
    if (/^\s*years?[ -]old/.test(next) || /\baged?\s*$/.test(prev)) return ["years_old", "age"];
    if (/^\d+(st|nd|rd|th)$/.test(digits) || /^(first|second|third|fourth|fifth)$/.test(t.trim())) return ["ordinal", "rank"];
    if (/majority/.test(prev.slice(-20) + next)) return ["majority", "majority"];
    if (/^\s*(votes?|ballots?)\b/.test(next)) return ["votes", "candidate_votes"];
    if (/^\s*(terms?|times)\b/.test(next)) return ["count", "term_count"];
    return ["other", null];
  }

  // Fill the new-claim form from a stretch of the article text (code point offsets).
  function fillNewClaim(form, start, end) {
    var container = articleText();
    var chars = Array.from(container.textContent);
    var text = chars.slice(start, end).join("");
    form.querySelector("[data-selection-start]").value = start;
    form.querySelector("[data-selection-end]").value = end;
    form.querySelector("[data-selection-text]").textContent = text;
    var digits = text.replace(/[,\s\u00a0\u2009\u202f]/g, "").match(/-?\d+(\.\d+)?/);
    form.querySelector("[data-selection-value]").value = digits ? digits[0] : "";
    var kind = guessKind(text, chars.slice(Math.max(0, start - 40), start).join(""), chars.slice(end, end + 40).join(""));
    var unit = form.querySelector("select[name=unit]");
    if (unit) unit.value = kind[0];
    var type = form.querySelector("[data-selection-type]");
    if (type && kind[1]) type.value = kind[1];
  }

  // The places the figure typed appears in the article, as choices with their context.
  function findOccurrences(form) {
    var container = articleText();
    var field = form.querySelector("[data-figure-text]");
    var choice = form.querySelector("[data-selection-occurrence]");
    var status = form.querySelector("[data-selection-status]");
    var wanted = field.value.trim();
    choice.replaceChildren();
    form.querySelector("[data-selection-start]").value = "";
    form.querySelector("[data-selection-end]").value = "";
    form.querySelector("[data-selection-text]").textContent = "";
    if (!wanted) { choice.add(new Option("Type the figure first", "")); status.textContent = ""; return; }
    var body = container.textContent, at = body.indexOf(wanted), found = 0;
    while (at >= 0 && found < 50) {
      var start = codePoints(body.slice(0, at)), end = start + codePoints(wanted);
      var context = body.slice(Math.max(0, at - 30), at + wanted.length + 30).replace(/\s+/g, " ");
      choice.add(new Option("…" + context + "…", start + ":" + end));
      found += 1;
      at = body.indexOf(wanted, at + wanted.length);
    }
    if (!found) { choice.add(new Option("Not in the text", "")); status.textContent = "“" + wanted + "” is not in the article text."; return; }
    status.textContent = found === 1 ? "Found once in the text." : "Found " + found + " times: choose which.";
    useOccurrence(form);
  }

  function useOccurrence(form) {
    var value = form.querySelector("[data-selection-occurrence]").value;
    if (!value) return;
    var parts = value.split(":");
    fillNewClaim(form, parseInt(parts[0], 10), parseInt(parts[1], 10));
  }

  // The selection in the article text, trimmed, as code point offsets; null if none.
  function selectedRange() {
    var container = articleText();
    var selection = window.getSelection();
    if (!container || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    var start = offsetWithin(container, range.startContainer, range.startOffset);
    var end = offsetWithin(container, range.endContainer, range.endOffset);
    var text = range.toString();
    var lead = codePoints(text) - codePoints(text.replace(/^\s+/, ""));
    var trail = codePoints(text) - codePoints(text.replace(/\s+$/, ""));
    start += lead; end -= trail; text = text.trim();
    if (!text || end <= start) return null;
    return { start: start, end: end, text: text };
  }

  // Open the form in the claims column, where the editor is looking, and put the cursor
  // in it: on the value when a selection filled it, else on the figure to type.
  function openNewClaim(fromSelection) {
    var form = document.getElementById("new-claim-form");
    if (!form) return;
    var picked = selectedRange();
    var field = form.querySelector("[data-figure-text]");
    form.hidden = false;
    if (picked) {
      field.value = picked.text;
      var choice = form.querySelector("[data-selection-occurrence]");
      choice.replaceChildren(new Option("As selected in the text", picked.start + ":" + picked.end));
      form.querySelector("[data-selection-status]").textContent = "";
      fillNewClaim(form, picked.start, picked.end);
    }
    form.scrollIntoView({ block: "nearest" });
    var focus = picked && fromSelection ? form.querySelector("[data-selection-value]") : field;
    focus.focus({ preventScroll: true });
    if (focus.select) focus.select();
  }

  function closeNewClaim() {
    var form = document.getElementById("new-claim-form");
    if (!form) return;
    form.hidden = true;
    var link = document.querySelector('[data-claim-link="' + currentId() + '"]') || document.querySelector("[data-claim-link]");
    if (link) link.focus({ preventScroll: true });
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("#new-claim-form");
    if (form && event.target.hasAttribute("data-figure-text")) findOccurrences(form);
  });
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("#new-claim-form");
    if (form && event.target.hasAttribute("data-selection-occurrence")) useOccurrence(form);
  });

  document.addEventListener("mouseup", function (event) {
    if (!articleText() || !articleText().contains(event.target)) return;
    if (selectedRange()) openNewClaim(true);
  });

  // A request that failed (a 5xx or 4xx htmx will not swap, or no answer at all) leaves
  // the form as it was, with what was typed, and says so beside it.
  function showFailure(event, text) {
    var elt = event.detail.elt;
    var form = (elt.closest && elt.closest("form")) || (elt.tagName === "FORM" ? elt : null);
    var saving = (event.detail.requestConfig && event.detail.requestConfig.verb !== "get") || form;
    var message = document.createElement("p");
    message.className = "message message-error";
    message.setAttribute("role", "alert");
    message.setAttribute("data-request-failed", "");
    message.textContent = (saving ? "Not saved — try again. " : "Could not load — try again. ") + text;
    var place = form || document.getElementById("messages");
    if (!place) return;
    var old = form ? form.previousElementSibling : null;
    if (old && old.hasAttribute("data-request-failed")) old.remove();
    if (form) form.parentNode.insertBefore(message, form);
    else { place.replaceChildren(message); }
  }

  // The page's one live region: what the last save did.
  function say(text, isError) {
    var line = document.getElementById("desk-status");
    if (!line) return;
    line.textContent = text;
    line.classList.toggle("is-error", !!isError);
  }

  function isSave(event) {
    var config = event.detail.requestConfig;
    return config && config.verb && config.verb !== "get";
  }

  // A save with no answer after 20 s counts as failed (htmx then fires htmx:timeout).
  if (window.htmx && !htmx.config.timeout) htmx.config.timeout = 20000;
  // htmx copies the "style" attribute of a swapped element onto its replacement while it
  // settles; an element given one in the page (a textarea the editor resized, a field the
  // browser styled) then breaks the CSP (style-src 'self': no inline style), an error in
  // the console at every save. Nothing on the desk animates its style: settle the rest.
  if (window.htmx) htmx.config.attributesToSettle = ["class", "width", "height"];

  document.addEventListener("htmx:timeout", function (event) {
    showFailure(event, "The server took too long to answer.");
    if (isSave(event)) say("Not saved — try again: the server took too long to answer.", true);
  });

  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    showFailure(event, "The server answered with an error (" + status + ").");
    if (isSave(event)) say("Not saved — try again: the server answered with an error.", true);
  });
  document.addEventListener("htmx:sendError", function (event) {
    showFailure(event, "The server could not be reached.");
    if (isSave(event)) say("Not saved — try again: the server could not be reached.", true);
  });
  // A save's answer replaces the form that sent it, so its events no longer reach the
  // document: the save is noted when sent and reported when its answer has settled.
  var saving = false;
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (isSave(event)) saving = true;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!saving) return;
    saving = false;
    var panelNow = panel(), refused = panelNow && panelNow.querySelector("[role=alert]");
    var title = panelNow && panelNow.querySelector("h2");
    var invalid = document.querySelector("#new-claim-form:not([hidden]) .errorlist");
    if (refused) say("Not saved: " + refused.textContent.trim().split("\n")[0], true);
    else if (invalid) say("Not saved: correct the form and try again.", true);
    else say("Saved" + (title ? " " + title.textContent.trim() : "") + " at " + new Date().toLocaleTimeString("en-GB") + ".");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.successful) { saving = false; return; }
    var form = event.detail.elt.closest && event.detail.elt.closest("form");
    var old = form && form.previousElementSibling;
    if (old && old.hasAttribute && old.hasAttribute("data-request-failed")) old.remove();
  });

  document.addEventListener("htmx:afterSettle", markSelected);
  document.addEventListener("DOMContentLoaded", markSelected);
})();
