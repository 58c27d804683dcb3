// Communiqué search: pagefind's default UI over the index built with the site.
// The only script on the site; it fetches nothing but this site's own files.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  if (typeof PagefindUI === "undefined") {
    document.getElementById("search").textContent =
      "The search index is missing: this site was built without search.";
    return;
  }
  const ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search statements and articles" },
  });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
