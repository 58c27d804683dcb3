// Communiqué search: pagefind's default UI over the index built with the site.
// The only script on the site; it fetches nothing but this site's own files.
// The index comes in shards, one pagefind bundle per month of publication
// (`data-bundles`, newest first): the newest is loaded, the others merged.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("search");
  if (typeof PagefindUI === "undefined") {
    box.textContent =
      "The search index is missing: this site was built without search.";
    return;
  }
  // Bundle paths from the site root, as pagefind imports `${bundlePath}pagefind.js`.
  const paths = JSON.parse(box.dataset.bundles || "[]").map(
    (path) => new URL(path, document.baseURI).pathname,
  );
  if (paths.length === 0) {
    box.textContent = "Nothing to search yet: this site has no articles.";
    return;
  }
  box.replaceChildren(); // drop the message shown without JavaScript
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: paths[0],
    mergeIndex: paths.slice(1).map((path) => ({ bundlePath: path })),
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
