// Live desk pages (factcheck/live.py): a hidden [data-live] element polls its page with
// htmx every few seconds, sending the stamp it was rendered under; the server answers
// 204 (nothing to swap) when nothing changed. When something did, what comes back is
// swapped in without losing what the editor is doing:
//
// - a form being edited (focus in a field, or typed into) is never replaced: the open
//   claim's panel says a colleague changed it (a save then shows both versions), and
//   a table with a field in use waits for the next poll;
// - a text selection in the article (a missed claim being picked) keeps the text as it
//   is until the next poll;
// - the focused claim link or table link is focused again after the swap.
// Loaded as a static file: the CSP allows no inline script.
(function () {
  "use strict";

  var live = false;        // the swap under way answers a poll
  var stale = false;       // part of that answer was held back: ask again next poll
  var savesSent = 0;       // saves sent; a poll sent before the last one is out of date
  var focusKey = null;

  function isField(el) {
    return !!(el && el.closest && el.closest("input, textarea, select, [contenteditable]"));
  }

  function selectionIn(el) {
    var selection = window.getSelection();
    if (!el || !selection || selection.isCollapsed || !selection.rangeCount) return false;
    var range = selection.getRangeAt(0);
    return el.contains(range.startContainer) || el.contains(range.endContainer);
  }

  function edited(el) {
    if (!el) return false;
    if (el.hasAttribute("data-edited")) return true;
    var active = document.activeElement;
    return isField(active) && el.contains(active);
  }

  // What identifies the focused element in the new content: its claim, href or id.
  function keyOf(el) {
    if (!el || el === document.body) return null;
    if (el.hasAttribute("data-claim-link")) return '[data-claim-link="' + el.getAttribute("data-claim-link") + '"]';
    if (el.id) return "#" + CSS.escape(el.id);
    if (el.getAttribute("href")) return 'a[href="' + CSS.escape(el.getAttribute("href")) + '"]';
    return null;
  }

  // A field typed into marks its panel or table as edited until it is saved (the panel
  // or table is then replaced by the answer, without the mark).
  document.addEventListener("input", function (event) {
    var holder = event.target.closest && event.target.closest("#claim-panel, #article-table, #claim-table");
    if (holder) holder.setAttribute("data-edited", "");
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    var config = event.detail.requestConfig;
    if (elt.hasAttribute && elt.hasAttribute("data-live")) {
      elt.setAttribute("data-sent-after", String(savesSent));
    } else if (config && config.verb && config.verb !== "get") {
      savesSent += 1;
    }
  });

  // The page's state the server compares with: the claim open in the panel and its token.
  document.addEventListener("htmx:configRequest", function (event) {
    var elt = event.detail.elt;
    if (!(elt.hasAttribute && elt.hasAttribute("data-live"))) return;
    var panel = document.getElementById("claim-panel");
    if (panel && panel.getAttribute("data-claim")) {
      event.detail.headers["X-Tally-Claim"] = panel.getAttribute("data-claim");
      event.detail.headers["X-Tally-Claim-Token"] = panel.getAttribute("data-token") || "";
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    var elt = event.detail.elt;
    live = !!(elt.hasAttribute && elt.hasAttribute("data-live"));
    stale = false;
    if (!live) return;
    if (Number(elt.getAttribute("data-sent-after")) !== savesSent) {
      // a save went out after this poll: its answer may be older than the save's
      event.detail.shouldSwap = false;
      live = false;
      return;
    }
    var target = event.detail.target;
    if (target && target !== elt && (edited(target) || selectionIn(target))) {
      event.detail.shouldSwap = false;  // a table with a field in use: next poll
      live = false;
      return;
    }
    focusKey = keyOf(document.activeElement);
    if (focusKey && !(target && target.contains(document.activeElement)) &&
        !document.activeElement.closest("#claim-list")) focusKey = null;
    document.documentElement.setAttribute("data-live-swap", "");
    setTimeout(function () {
      if (focusKey) {
        var again = document.querySelector(focusKey);
        if (again && again !== document.activeElement) again.focus({ preventScroll: true });
      }
      focusKey = null;
      live = false;
    }, 0);
  });

  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    if (!live) return;
    var target = event.detail.target;
    if (target.id === "article-text" && selectionIn(target)) {
      event.detail.shouldSwap = false;
      stale = true;
    } else if (target.id === "claim-panel" && edited(target)) {
      event.detail.shouldSwap = false;
      var line = document.getElementById("desk-status");
      if (line) {
        line.textContent = "A colleague changed this claim while you were editing it: " +
          "saving will show both versions.";
        line.classList.add("is-error");
      }
    } else if (target.id === "article-live" && stale) {
      // the text was held back: the next poll asks for the whole update again
      var poller = event.detail.fragment.firstElementChild || event.detail.fragment;
      if (poller && poller.setAttribute) poller.setAttribute("hx-headers", '{"X-Tally-Since": "stale"}');
    }
  });

  // Settled after a live swap: nothing scrolls (desk.js reads this to leave the page be).
  document.addEventListener("htmx:afterSettle", function (event) {
    var elt = event.detail && event.detail.elt;
    if (elt && elt.hasAttribute && elt.hasAttribute("data-live")) {
      setTimeout(function () { document.documentElement.removeAttribute("data-live-swap"); }, 0);
    }
  });
})();
