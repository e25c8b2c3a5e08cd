'use strict';

/**
 * What the pictures share: where this server answers, the queries the pages send
 * (static/queries/NAME.rq, with $name parameters the page sets), running them
 * against this server's endpoint, links to entity pages, and dates.
 */
window.dipkg = (function () {
  const base = new URL('..', document.currentScript.src).href;
  const ID = 'https://w3id.org/dipkg/id/';
  const ONTOLOGY = 'https://w3id.org/dipkg/ontology';
  const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  const texts = new Map();

  /** Where this server answers for an IRI; other IRIs are left as they are. */
  function served(iri) {
    if (iri.startsWith(ID)) {
      return base + 'id/' + iri.slice(ID.length);
    }
    if (iri.startsWith(ONTOLOGY)) {
      return base + 'ontology' + iri.slice(ONTOLOGY.length);
    }
    return iri;
  }

  function element(name, className, content) {
    const el = document.createElement(name);
    if (className) {
      el.className = className;
    }
    if (content !== undefined && content !== null) {
      el.textContent = content;
    }
    return el;
  }

  /** A link to the page of an IRI; only http(s) IRIs become links, others are shown as text. */
  function link(iri, text) {
    if (!/^https?:\/\//i.test(iri)) {
      return element('span', null, text || iri);
    }
    const a = element('a', null, text || iri);
    a.href = served(iri);
    return a;
  }

  /** A SPARQL string literal. */
  function literal(value) {
    return '"' + String(value).replace(/[\\"]/g, c => '\\' + c)
      .replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  }

  /** A SPARQL IRI; refuses characters that cannot stand in one. */
  function iri(value) {
    if (/[\u0000-\u0020<>"{}|^`\\]/.test(value)) {
      throw new Error('Not an IRI: ' + value);
    }
    return '<' + value + '>';
  }

  /** The query with each $name the values give replaced by its SPARQL term; other $names stay unset. */
  function bind(query, values) {
    return query.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g,
      (whole, name) => Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole);
  }

  /** The text of a page's query, static/queries/NAME.rq. */
  async function query(name) {
    if (!texts.has(name)) {
      const response = await fetch(base + 'static/queries/' + name + '.rq');
      if (!response.ok) {
        throw new Error('No query ' + name + ' (' + response.status + ')');
      }
      texts.set(name, await response.text());
    }
    return texts.get(name);
  }

  /** Runs a SELECT on this server: its rows as objects of plain values, and whether the server cut them. */
  async function select(text) {
    const response = await fetch(base + 'dipkg/sparql', {
      method: 'POST',
      headers: {'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json'},
      body: text
    });
    if (!response.ok) {
      throw new Error('The endpoint answered ' + response.status + ': ' + (await response.text()));
    }
    const data = await response.json();
    const rows = data.results.bindings.map(binding => {
      const row = {};
      for (const [name, term] of Object.entries(binding)) {
        row[name] = term.value;
      }
      return row;
    });
    return {rows, truncated: response.headers.get('X-Dipkg-Result-Truncated') === 'true'};
  }

  /** Runs the page's query NAME with the values set: {from: literal('2024-01-01'), actor: iri(...)}. */
  async function run(name, values) {
    return select(bind(await query(name), values));
  }

  /** Milliseconds of a date given to the day, the month (its middle) or the year (its middle); null if none. */
  function time(date) {
    const m = DAY.exec(date || '');
    if (!m) {
      return null;
    }
    if (!m[2]) {
      return Date.UTC(+m[1], 6, 1);
    }
    return Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 15);
  }

  /** A date typed in a form: YYYY, YYYY-MM or YYYY-MM-DD, else null. */
  function day(value) {
    return DAY.test(value || '') ? value : null;
  }

  /** The form's fields from the page's address, and the address from the form's fields. */
  function formFromAddress(form, names) {
    const params = new URLSearchParams(location.search);
    for (const name of names) {
      if (params.has(name)) {
        form.elements[name].value = params.get(name);
      }
    }
  }

  function addressFromForm(form, names) {
    const params = new URLSearchParams();
    for (const name of names) {
      if (form.elements[name].value) {
        params.set(name, form.elements[name].value);
      }
    }
    const search = params.toString();
    history.replaceState(null, '', search ? '?' + search : location.pathname);
  }

  /** Adds the fields of a range of dates, from and to, to a page's form, before its status. */
  function dateFields(form) {
    for (const [name, text] of [['from', 'From '], ['to', 'To ']]) {
      const label = element('label', null, text);
      const input = element('input');
      input.type = 'date';
      input.name = name;
      label.appendChild(input);
      form.insertBefore(label, form.querySelector('[role=status]'));
    }
  }

  /** The values for a page's query from the date fields of its form. */
  function range(form) {
    const values = {};
    for (const name of ['from', 'to']) {
      const value = day(form.elements[name].value);
      if (value) {
        values[name] = literal(value);
      }
    }
    return values;
  }

  /** A time axis with room on both sides, so that the first and the last points stand clear of its ends. */
  function timeAxis() {
    const room = v => Math.max((v.max - v.min) * 0.04, 10 * 86400000);
    return {type: 'time', min: v => v.min - room(v), max: v => v.max + room(v)};
  }

  /** A chart in the element, resized with the window. */
  function chart(el) {
    const instance = echarts.init(el);
    window.addEventListener('resize', () => instance.resize());
    return instance;
  }

  return {base, served, element, link, literal, iri, bind, query, select, run, time, day,
    formFromAddress, addressFromForm, dateFields, range, timeAxis, chart};
})();
