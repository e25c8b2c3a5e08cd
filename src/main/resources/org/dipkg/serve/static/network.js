'use strict';

/** The network page: who met whom, from static/queries/network.rq. */
(function () {
  const d = window.dipkg;
  const FIELDS = ['kind', 'from', 'to'];
  const KINDS = ['person', 'country', 'organization'];
  const COLORS = ['#1f5fa8', '#c77d12', '#2e8b57'];
  /** More actors than this make the force layout unreadable and slow: the chart keeps the busiest. */
  const MAX_DRAWN = 100;
  const form = document.getElementById('filters');
  const status = document.getElementById('status');
  const chartEl = document.getElementById('chart');
  const body = document.querySelector('#pairs tbody');
  let chart = null;

  function graph(rows) {
    const nodes = new Map();
    const node = (iri, name, kind, meetings) => {
      const n = nodes.get(iri) || {id: iri, name: name || iri, category: Math.max(KINDS.indexOf(kind), 0), meetings: 0};
      n.meetings += meetings;
      nodes.set(iri, n);
    };
    const links = rows.map(row => {
      const meetings = +row.meetings;
      node(row.a, row.aName, row.aKind, meetings);
      node(row.b, row.bName, row.bKind, meetings);
      return {source: row.a, target: row.b, meetings, planned: +row.planned,
        lineStyle: {width: 1 + 2 * Math.sqrt(meetings)}};
    });
    for (const n of nodes.values()) {
      n.symbolSize = 12 + 8 * Math.sqrt(n.meetings);
      n.value = n.meetings;
    }
    return {nodes: [...nodes.values()], links};
  }

  /** The {@code max} actors with the most meetings, and the pairs among them. */
  function busiest(g, max) {
    if (g.nodes.length <= max) {
      return g;
    }
    const kept = [...g.nodes].sort((x, y) => y.meetings - x.meetings).slice(0, max);
    const ids = new Set(kept.map(n => n.id));
    return {nodes: kept, links: g.links.filter(l => ids.has(l.source) && ids.has(l.target))};
  }

  function pair(row) {
    const tr = d.element('tr');
    for (const [iri, name] of [[row.a, row.aName], [row.b, row.bName]]) {
      tr.appendChild(d.element('td')).appendChild(d.link(iri, name || iri));
    }
    for (const value of [row.meetings, row.planned, row.first, row.last]) {
      tr.appendChild(d.element('td', null, value || ''));
    }
    return tr;
  }

  function draw(g) {
    if (!chart) {
      chart = d.chart(chartEl);
      chart.on('click', p => {
        if (p.dataType === 'node') {
          location.href = d.served(p.data.id);
        }
      });
    }
    chart.setOption({
      animationDurationUpdate: 300,
      legend: {top: 0, data: ['person', 'country', 'organization']},
      color: COLORS,
      tooltip: {
        formatter: p => {
          const text = p.dataType === 'edge'
            ? nameOf(g, p.data.source) + ' and ' + nameOf(g, p.data.target) + ': ' + p.data.meetings
              + (p.data.meetings === 1 ? ' meeting' : ' meetings') + (p.data.planned ? ', ' + p.data.planned + ' planned' : '')
            : p.data.name + ': ' + p.data.meetings + ' meetings with the others shown';
          return echarts.format.encodeHTML(text);
        }
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        categories: KINDS.map(name => ({name})),
        data: g.nodes, links: g.links,
        label: {show: true, position: 'right', formatter: '{b}'},
        labelLayout: {hideOverlap: true},
        // laid out once, not animated: a layout redrawn every frame (labels placed anew each time) keeps a
        // slow machine or a headless browser busy for minutes
        force: {repulsion: 260, edgeLength: [60, 180], gravity: 0.08, layoutAnimation: false},
        emphasis: {focus: 'adjacency', lineStyle: {width: 6}},
        lineStyle: {color: 'source', opacity: 0.6, curveness: 0.1}
      }]
    }, true);
  }

  function nameOf(g, iri) {
    const n = g.nodes.find(x => x.id === iri);
    return n ? n.name : iri;
  }

  async function show() {
    d.addressFromForm(form, FIELDS);
    status.textContent = 'Loading…';
    const values = d.range(form);
    if (KINDS.includes(form.elements.kind.value)) {
      values.kind = d.literal(form.elements.kind.value);
    }
    try {
      const result = await d.run('network', values);
      const all = graph(result.rows);
      const g = busiest(all, MAX_DRAWN);
      body.replaceChildren(...result.rows.map(pair));
      chartEl.dataset.nodes = g.nodes.length;
      chartEl.dataset.links = g.links.length;
      draw(g);
      let text = all.nodes.length + ' actors, ' + all.links.length + (all.links.length === 1 ? ' pair.' : ' pairs.');
      if (g.nodes.length < all.nodes.length) {
        text += ' The chart draws the ' + g.nodes.length + ' with the most meetings; narrow the filters to see the others.';
      }
      if (result.truncated) {
        text += ' The server cut the result: narrow the dates.';
      }
      status.textContent = text;
    } catch (e) {
      status.textContent = e.message;
    }
  }

  d.dateFields(form);
  form.addEventListener('change', show);
  form.addEventListener('submit', event => {
    event.preventDefault();
    show();
  });
  d.formFromAddress(form, FIELDS);
  show();
})();
