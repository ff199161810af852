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

  function clickKey(key) {
    var p = panel();
    var button = p && p.querySelector('[data-key="' + key + '"]');
    if (button && !button.disabled) button.click();
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
    radio.form.requestSubmit();
  }

  function markSelected() {
    var id = currentId();
    document.querySelectorAll(".claim-item.is-selected, .claim-mark.is-selected").forEach(function (el) {
      el.classList.remove("is-selected");
    });
    if (!id) return;
    var item = document.getElementById("claim-item-" + id);
    var mark = document.getElementById("mark-" + id);
    if (item) item.classList.add("is-selected");
    if (mark) { mark.classList.add("is-selected"); mark.scrollIntoView({ block: "nearest" }); }
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
        var form = target.form;
        target.blur();  // or htmx puts focus back in the new textarea
        form.requestSubmit();
      } else if (event.key === "Escape") {
        target.blur();
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
    if (event.target.closest && event.target.closest("[data-cancel-new-claim]")) {
      document.getElementById("new-claim-form").hidden = true;
    }
  });

  // Offsets in Python's terms: code points, not UTF-16 units.
  function codePoints(text) { return Array.from(text).length; }

  function offsetWithin(container, node, offset) {
    var range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  document.addEventListener("mouseup", function () {
    var container = document.querySelector("[data-article-text]");
    var form = document.getElementById("new-claim-form");
    var selection = window.getSelection();
    if (!container || !form || selection.isCollapsed || !selection.rangeCount) return;
    var range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    var start = offsetWithin(container, range.startContainer, range.startOffset);
    var end = offsetWithin(container, range.endContainer, range.endOffset);
    var text = range.toString();
    // Trim white space the selection took in on either side.
    var lead = codePoints(text) - codePoints(text.replace(/^\s+/, ""));
    var trail = codePoints(text) - codePoints(text.replace(/\s+$/, ""));
    start += lead; end -= trail; text = text.trim();
    if (!text || end <= start) return;
    form.querySelector("[data-selection-start]").value = start;
    form.querySelector("[data-selection-end]").value = end;
    form.querySelector("[data-selection-text]").textContent = text;
    var digits = text.replace(/[,\s\u00a0\u2009\u202f]/g, "").match(/-?\d+(\.\d+)?/);
    var value = form.querySelector("[data-selection-value]");
    value.value = digits ? digits[0] : "";
    form.hidden = false;
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

  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    showFailure(event, "The server answered with an error (" + status + ").");
  });
  document.addEventListener("htmx:sendError", function (event) {
    showFailure(event, "The server could not be reached.");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.successful) return;
    var form = event.detail.elt.closest && event.detail.elt.closest("form");
    var old = form && form.previousElementSibling;
    if (old && old.hasAttribute && old.hasAttribute("data-request-failed")) old.remove();
  });

  document.addEventListener("htmx:afterSettle", markSelected);
  document.addEventListener("DOMContentLoaded", markSelected);
})();
