'use strict';

/**
 * The query page: YASQE (from YASGUI) to write SPARQL, YASR to show the results,
 * the named queries of queries/ one click away. Queries go to this server's
 * endpoint; completion uses this server's prefixes and ontology, nothing else.
 */
(function () {
  const d = window.dipkg;
  const Yasqe = Yasgui.Yasqe;
  const Yasr = Yasgui.Yasr;
  const ID = 'https://w3id.org/dipkg/id/';
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
  const OWL = 'http://www.w3.org/2002/07/owl#';
  const ENDPOINT = d.base + 'dipkg/sparql';
  const START = 'PREFIX dip: <https://w3id.org/dipkg/ontology#>\n'
    + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n'
    + 'SELECT ?meeting ?label WHERE {\n  ?meeting a dip:Meeting .\n  OPTIONAL { ?meeting rdfs:label ?label }\n}\nLIMIT 100\n';
  const named = document.getElementById('named');
  const namedSource = document.getElementById('named-source');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const titles = new Map();
  let current = null;
  let yasqe = null;
  let yasr = null;

  /** The classes and properties the ontology declares, as IRIs, for completion. */
  const terms = fetch(d.base + 'ontology', {headers: {Accept: 'application/n-triples'}})
    .then(response => response.ok ? response.text() : '')
    .then(text => {
      const classes = new Set();
      const properties = new Set();
      for (const m of text.matchAll(/^<([^>]+)> <([^>]+)> <([^>]+)> \.$/gm)) {
        if (m[2] !== RDF_TYPE) {
          continue;
        }
        if (m[3] === OWL + 'Class') {
          classes.add(m[1]);
        } else if (m[3] === OWL + 'ObjectProperty' || m[3] === OWL + 'DatatypeProperty') {
          properties.add(m[1]);
        }
      }
      return {classes: [...classes].sort(), properties: [...properties].sort()};
    }, () => ({classes: [], properties: []}));

  /** Runs the editor's query on this server and hands the answer to YASR, noting a result the server cut. */
  async function run() {
    yasqe.abortQuery();
    const controller = new AbortController();
    const request = new Request(ENDPOINT, {
      method: 'POST',
      headers: {'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: yasqe.getValue(),
      signal: controller.signal
    });
    yasqe.emit('query', request, controller);
    status.textContent = 'Running…';
    const started = Date.now();
    let answer;
    try {
      const response = await fetch(request);
      const text = await response.text();
      answer = response.ok
        ? {data: text, contentType: response.headers.get('Content-Type'), status: response.status}
        : {error: {status: response.status, statusText: response.statusText, text}};
      status.textContent = response.headers.get('X-Dipkg-Result-Truncated') === 'true'
        ? 'The result was cut at the server\'s cap of ' + response.headers.get('X-Dipkg-Result-Cap') + ' rows.' : '';
    } catch (e) {
      if (e.name === 'AbortError') {
        status.textContent = 'Stopped.';
        return;
      }
      answer = {error: {text: 'The server could not be reached: ' + e.message}};
      status.textContent = '';
    }
    yasqe.emit('queryResponse', answer, Date.now() - started);
    yasr.setResponse(answer, Date.now() - started);
  }

  async function choose(name, andRun) {
    const file = 'queries/' + encodeURIComponent(name) + '.rq';
    const response = await fetch(d.base + file);
    if (!response.ok) {
      return;
    }
    yasqe.setValue(await response.text());
    current = name;
    for (const a of named.querySelectorAll('a')) {
      a.toggleAttribute('aria-current', a.dataset.name === name);
    }
    namedSource.replaceChildren('Query file: ', d.element('a', null, name + '.rq'));
    namedSource.lastChild.href = d.base + file;
    history.replaceState(null, '', '?query=' + encodeURIComponent(name));
    if (andRun) {
      await run();
    }
  }

  async function catalog() {
    const response = await fetch(d.base + 'queries/');
    if (!response.ok) {
      return;
    }
    for (const query of await response.json()) {
      titles.set(query.name, query.title);
      const a = d.element('a', null, query.title);
      a.href = '?query=' + encodeURIComponent(query.name) + '&run=1';
      a.dataset.name = query.name;
      a.addEventListener('click', event => {
        event.preventDefault();
        choose(query.name, true);
      });
      named.appendChild(d.element('li')).appendChild(a);
    }
  }

  /** Entity IRIs in the results link to their pages on this server. */
  function linkToServedPages() {
    const fix = () => {
      for (const a of results.querySelectorAll('a[href^="' + ID + '"]')) {
        a.href = d.served(a.getAttribute('href'));
      }
    };
    new MutationObserver(fix).observe(results, {childList: true, subtree: true});
  }

  (async function start() {
    const prefixes = await fetch(d.base + 'static/prefixes.json').then(r => r.json(), () => ({}));
    const keep = () => undefined;
    Yasqe.forkAutocompleter('class', {name: 'ontology-classes', bulk: true, persistenceId: keep,
      get: () => terms.then(t => t.classes)}, false);
    Yasqe.forkAutocompleter('property', {name: 'ontology-properties', bulk: true, persistenceId: keep,
      get: () => terms.then(t => t.properties)}, false);
    yasqe = new Yasqe(document.getElementById('editor'), {
      value: START,
      persistenceId: 'dipkg-query',
      prefixCcApi: d.base + 'static/prefixes.json',
      autocompleters: ['prefixes', 'variables', 'ontology-classes', 'ontology-properties'],
      consumeShareLink: null,
      requestConfig: {endpoint: ENDPOINT, method: 'POST'},
      resizeable: true,
      editorHeight: '300px',
      extraKeys: {'Ctrl-Enter': () => run(), 'Cmd-Enter': () => run()}
    });
    yasqe.query = () => run();
    Yasr.plugins.table.defaults.openIriInNewWindow = false;
    yasr = new Yasr(results, {
      persistenceId: null,
      prefixes: Object.assign({id: ID}, prefixes),
      pluginOrder: ['table', 'chart', 'response'],
      defaultPlugin: 'table',
      getDownloadFileName: () => current || 'results'
    });
    linkToServedPages();
    await catalog();
    const params = new URLSearchParams(location.search);
    const shared = new URLSearchParams(location.hash.slice(1)).get('query');
    if (shared) {
      yasqe.setValue(shared);
    } else if (params.get('query') && titles.has(params.get('query'))) {
      await choose(params.get('query'), false);
    }
    if (params.get('run') === '1') {
      await run();
    }
  })();
})();
