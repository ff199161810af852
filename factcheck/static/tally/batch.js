// The batch audit page (/desk/batches/<pk>/) from the keyboard: j/k the next and previous
// sampled claim, a approve it, x write why it is rejected (Ctrl+Enter then rejects, Esc
// leaves the note). After a decision the server sends the page back at the next claim
// still to decide (#item-<pk>), and the focus goes there.
(function () {
  "use strict";

  function items() { return Array.from(document.querySelectorAll(".batch-sample .sample-item")); }

  function current() {
    var active = document.activeElement;
    var item = active && active.closest && active.closest(".sample-item");
    if (item) return item;
    return items().find(function (li) { return li.querySelector(".decide-form"); }) || items()[0];
  }

  function focusItem(item) {
    if (!item) return;
    item.focus();
    item.scrollIntoView({ block: "nearest" });
  }

  function step(delta) {
    var all = items();
    if (!all.length) return;
    var active = document.activeElement;
    var at = all.indexOf(active && active.closest ? active.closest(".sample-item") : null);
    var next = at < 0 ? (delta > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + delta));
    focusItem(all[next]);
  }

  document.addEventListener("keydown", function (event) {
    if (!document.querySelector(".batch-sample")) return;
    var target = event.target;
    var typing = target.closest && target.closest("input, textarea, select, [contenteditable]");
    if (typing) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.form) {
        var reject = target.form.querySelector('button[value="reject"]');
        if (reject) { event.preventDefault(); reject.click(); }
      } else if (event.key === "Escape") {
        var item = target.closest(".sample-item");
        target.blur();
        focusItem(item);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var item = current();
    switch (event.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "a": {
        var approve = item && item.querySelector('button[value="approve"]:not([disabled])');
        if (approve) approve.click();
        break;
      }
      case "x": {
        var note = item && item.querySelector("textarea[name=note]");
        if (note) { event.preventDefault(); note.focus(); }
        break;
      }
      default: return;
    }
  });

  function focusFromHash() {
    var match = /^#item-\d+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
    if (match && match.classList.contains("sample-item")) focusItem(match);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", focusFromHash);
  else focusFromHash();
})();
