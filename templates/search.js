// Communiqué search: pagefind's default UI over the index built with the site.
// The only script on the site; it fetches nothing but this site's own files.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("search");
  if (typeof PagefindUI === "undefined") {
    box.textContent =
      "The search index is missing: this site was built without search.";
    return;
  }
  box.replaceChildren(); // drop the message shown without JavaScript
  const ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search statements and articles" },
  });
  const input = document.querySelector("#search input");
  if (input) {
    input.id = "search-input"; // the visible label above points here
  }
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
