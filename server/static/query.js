// Query page: YASGUI against this server's /sparql, prefilled from ?query= (shareable URLs)
// and offering the competency queries shipped with the ontology as examples.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  var initial = JSON.parse(document.getElementById("initial-query").textContent);
  if (typeof Yasgui === "undefined") { return; }
  // Only local completers: the property/class ones ask a remote vocabulary service.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: "/sparql", method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: "/sparql" }]; } },
    persistenceId: null,
    populateFromUrl: false
  });
  var tab = yasgui.getTab();
  tab.setQuery(initial);

  function shareUrl() {
    return window.location.pathname + "?query=" + encodeURIComponent(tab.getQuery());
  }
  function remember() { window.history.replaceState(null, "", shareUrl()); }

  tab.on("query", remember);
  document.getElementById("share").addEventListener("click", function (ev) {
    ev.preventDefault();
    remember();
    if (navigator.clipboard) { navigator.clipboard.writeText(window.location.href); }
  });
  document.getElementById("examples").addEventListener("change", function (ev) {
    var name = ev.target.value;
    if (!name || !examples[name]) { return; }
    tab.setQuery(examples[name]);
    remember();
    tab.query();
  });
  window.parleyYasgui = yasgui;
})();
