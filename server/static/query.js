// Query page: YASGUI against this server's /sparql, prefilled from ?query= (shareable URLs)
// and offering the competency queries shipped with the ontology as examples.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("examples-data").textContent);
  var initial = JSON.parse(document.getElementById("initial-query").textContent);
  if (typeof Yasgui === "undefined") { return; }
  // Only local completers: the property/class ones ask a remote vocabulary service.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  var predeclared = JSON.parse(document.getElementById("prefixes-data").textContent);
  knowPrefixes(predeclared);
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

  tab.on("query", function () { remember(); clearError(); });
  // The editor hands a refused query's answer over as an Error whose message is the body.
  tab.getYasqe().on("queryResponse", function (yasqe, response) { showError(response); });
  tab.getYasr().on("drawn", function () { localLinks(predeclared); });
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

  // The server declares its prefixes (pa:, schema:, ...) for every query; tell the editor's
  // syntax checker, which otherwise flags them, by seeding the state its parser starts from.
  function knowPrefixes(prefixes) {
    var CM = Yasgui.Yasqe;
    if (!CM.modes || !CM.modes.sparql11 || !CM.defineMode) { return; }
    var original = CM.modes.sparql11;
    CM.defineMode("sparql11", function (config, parserConfig) {
      var mode = original(config, parserConfig);
      var start = mode.startState;
      mode.startState = function () {
        var state = start.apply(this, arguments);
        Object.keys(prefixes).forEach(function (p) { state.prefixes[p] = prefixes[p]; });
        return state;
      };
      return mode;
    });
  }

  // A refused query: the server's JSON error (status, code, message, line, column) in place,
  // and its line marked in the editor.
  var marked = null;
  function clearError() {
    var box = document.getElementById("query-error");
    box.hidden = true;
    box.textContent = "";
    if (marked !== null) { tab.getYasqe().removeLineClass(marked, "background", "error-line"); }
    marked = null;
  }
  function showError(response) {
    if (!(response instanceof Error)) { return; }
    var err = null;
    try { err = JSON.parse(response.message).error; } catch (e) { err = null; }
    var box = document.getElementById("query-error");
    var where = err && err.line ? " (line " + err.line + ", column " + err.column + ")" : "";
    box.textContent = err ? err.status + " " + err.code + where + ": " + err.message
      : (response.message || "the query failed");
    box.hidden = false;
    if (err && err.line) {
      marked = err.line - 1;
      tab.getYasqe().addLineClass(marked, "background", "error-line");
    }
  }

  // Results: IRIs of this knowledge base open its own pages, named by their labels, and
  // literals show their values (their datatype in the tooltip).
  function localLinks(prefixes) {
    var base = prefixes.id;
    var root = document.querySelector(".yasr");
    if (!root || !base) { return; }
    var wanted = {};
    root.querySelectorAll("a[href^='" + base + "']").forEach(function (a) {
      var iri = a.getAttribute("href");
      a.setAttribute("href", "/id/" + iri.slice(base.length));
      a.removeAttribute("target");
      a.title = iri;
      a.dataset.iri = iri;
      wanted[iri] = true;
    });
    root.querySelectorAll("span.nonIri").forEach(function (span) {
      var m = /^"([\s\S]*)"(\^\^(.*)|@[\w-]+)?$/.exec(span.textContent.trim());
      if (m && m[2]) { span.title = m[3] || m[2]; span.textContent = m[1]; }
    });
    var iris = Object.keys(wanted).slice(0, 500);
    if (!iris.length) { return; }
    var q = "SELECT ?x (SAMPLE(?l) AS ?label) WHERE { VALUES ?x { " +
      iris.map(function (i) { return "<" + i + ">"; }).join(" ") +
      " } ?x pa:name|pa:title|pa:roleTitle ?l } GROUP BY ?x";
    fetch("/sparql", { method: "POST", body: q, headers: {
      "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        var labels = {};
        data.results.bindings.forEach(function (b) { labels[b.x.value] = b.label.value; });
        root.querySelectorAll("a[data-iri]").forEach(function (a) {
          var label = labels[a.dataset.iri];
          if (label) { a.textContent = label; }
        });
      });
  }
})();
