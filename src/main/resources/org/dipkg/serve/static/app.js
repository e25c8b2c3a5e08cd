'use strict';

(function () {
  const ID = 'https://w3id.org/dipkg/id/';
  const ONTOLOGY = 'https://w3id.org/dipkg/ontology';
  const PREFIXES = [
    ['dip:', 'https://w3id.org/dipkg/ontology#'],
    ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
    ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
    ['owl:', 'http://www.w3.org/2002/07/owl#'],
    ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
    ['wd:', 'http://www.wikidata.org/entity/'],
    ['wdt:', 'http://www.wikidata.org/prop/direct/']
  ];

  const form = document.getElementById('query-form');
  const named = document.getElementById('named');
  const namedSource = document.getElementById('named-source');
  const text = document.getElementById('query');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const titles = new Map();

  /** Where this server answers for an IRI; other IRIs are left as they are. */
  function served(iri) {
    if (iri.startsWith(ID)) {
      return new URL('id/' + iri.slice(ID.length), document.baseURI).href;
    }
    if (iri.startsWith(ONTOLOGY)) {
      return new URL('ontology' + iri.slice(ONTOLOGY.length), document.baseURI).href;
    }
    return iri;
  }

  function shortName(iri) {
    if (iri.startsWith(ID)) {
      return iri.slice(ID.length);
    }
    for (const [prefix, ns] of PREFIXES) {
      if (iri.startsWith(ns)) {
        return prefix + iri.slice(ns.length);
      }
    }
    return iri;
  }

  function element(name, className, content) {
    const el = document.createElement(name);
    if (className) {
      el.className = className;
    }
    if (content !== undefined) {
      el.textContent = content;
    }
    return el;
  }

  function cell(term) {
    const td = element('td');
    if (!term) {
      return td;
    }
    if (term.type === 'uri') {
      const a = element('a', null, shortName(term.value));
      a.href = served(term.value);
      a.title = term.value;
      td.appendChild(a);
    } else if (term.type === 'bnode') {
      td.textContent = '_:' + term.value;
    } else {
      td.textContent = term.value;
      const note = term['xml:lang'] ? '@' + term['xml:lang'] : term.datatype ? shortName(term.datatype) : '';
      if (note) {
        td.appendChild(document.createTextNode(' '));
        td.appendChild(element('span', 'note', note));
      }
    }
    return td;
  }

  function showTable(data, truncated, cap) {
    const vars = data.head.vars;
    const rows = data.results.bindings;
    const table = element('table', 'results');
    const headRow = element('tr');
    vars.forEach(v => headRow.appendChild(element('th', null, v)));
    table.appendChild(element('thead')).appendChild(headRow);
    const body = table.appendChild(element('tbody'));
    rows.forEach(row => {
      const tr = element('tr');
      vars.forEach(v => tr.appendChild(cell(row[v])));
      body.appendChild(tr);
    });
    let summary = rows.length === 1 ? '1 row' : rows.length + ' rows';
    if (truncated) {
      summary += ' (cut at the server\'s cap of ' + cap + ' rows)';
    }
    results.replaceChildren(element('p', 'summary', summary), table);
  }

  async function run() {
    status.textContent = 'Running…';
    results.replaceChildren();
    try {
      const response = await fetch('dipkg/sparql', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/sparql-query',
          'Accept': 'application/sparql-results+json, text/turtle;q=0.9'
        },
        body: text.value
      });
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        results.replaceChildren(element('pre', 'error', await response.text()));
        status.textContent = 'Error ' + response.status;
        return;
      }
      if (type.startsWith('application/sparql-results+json')) {
        const data = await response.json();
        if ('boolean' in data) {
          results.replaceChildren(element('p', 'summary', 'Answer: ' + data.boolean));
        } else {
          showTable(data, response.headers.get('X-Dipkg-Result-Truncated') === 'true',
            response.headers.get('X-Dipkg-Result-Cap'));
        }
      } else {
        results.replaceChildren(element('pre', null, await response.text()));
      }
      status.textContent = '';
    } catch (e) {
      status.textContent = 'The server could not be reached: ' + e.message;
    }
  }

  async function loadNamed(name) {
    namedSource.replaceChildren();
    if (!name) {
      return;
    }
    const file = 'queries/' + encodeURIComponent(name) + '.rq';
    const link = element('a', null, name + '.rq');
    link.href = file;
    namedSource.append('Query file: ', link);
    const response = await fetch(file);
    if (response.ok) {
      text.value = await response.text();
    }
  }

  async function loadCatalog() {
    const response = await fetch('queries/');
    if (!response.ok) {
      return;
    }
    for (const query of await response.json()) {
      titles.set(query.name, query.title);
      const option = element('option', null, query.title);
      option.value = query.name;
      named.appendChild(option);
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    run();
  });
  named.addEventListener('change', () => loadNamed(named.value));

  (async function start() {
    const params = new URLSearchParams(location.search);
    await loadCatalog();
    const name = params.get('query');
    if (name && titles.has(name)) {
      named.value = name;
      await loadNamed(name);
    }
    if (params.get('run') === '1') {
      await run();
    }
  })();
})();
