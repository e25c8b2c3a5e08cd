'use strict';

/**
 * An actor's activity over time on its entity page, from static/queries/activity.rq:
 * a small chart (one row per kind of fact) and the list, oldest first.
 */
(function () {
  const d = window.dipkg;
  const section = document.getElementById('activity');
  if (!section) {
    return;
  }
  const KINDS = {
    'meeting': 'Meetings',
    'statement': 'Statements',
    'demand': 'Demands made',
    'demand-received': 'Demands received',
    'position': 'Positions'
  };
  const status = section.querySelector('.note');
  const chartEl = section.querySelector('.chart');
  const list = section.querySelector('ol');

  function text(row) {
    switch (row.kind) {
      case 'statement':
        return '“' + row.text + '”';
      case 'demand':
        return row.text + (row.otherName ? ' (of ' + row.otherName + ')' : '');
      case 'demand-received':
        return row.text + (row.otherName ? ' (by ' + row.otherName + ')' : '');
      case 'position':
        return row.text + (row.stance ? ' (' + row.stance + ')' : '');
      default:
        return (row.text || row.item) + (row.planned === 'true' ? ' (planned)' : '');
    }
  }

  function item(row) {
    const li = d.element('li', 'activity-item ' + row.kind);
    const when = d.element('time', null, row.date || 'no date');
    if (row.dated === 'article') {
      when.title = 'the day the article was published';
      when.classList.add('approximate');
    }
    li.appendChild(when);
    li.append(' ');
    li.appendChild(d.element('span', 'badge', KINDS[row.kind] || row.kind));
    li.append(' ');
    li.appendChild(d.link(row.item, text(row)));
    return li;
  }

  function draw(rows) {
    const kinds = Object.keys(KINDS).filter(k => rows.some(r => r.kind === k));
    const data = rows.filter(r => d.time(r.date) !== null)
      .map(r => ({value: [d.time(r.date), kinds.indexOf(r.kind)], row: r}));
    chartEl.style.height = (70 + 34 * kinds.length) + 'px';
    const chart = d.chart(chartEl);
    chart.setOption({
      animation: false,
      grid: {left: 140, right: 30, top: 10, bottom: 30},
      tooltip: {formatter: p => echarts.format.encodeHTML(p.data.row.date + ': ' + text(p.data.row))},
      xAxis: d.timeAxis(),
      yAxis: {type: 'category', inverse: true, data: kinds.map(k => KINDS[k])},
      series: [{type: 'scatter', data, symbolSize: 11, itemStyle: {color: '#1f5fa8', opacity: 0.8}}]
    });
    chart.on('click', p => {
      location.href = d.served(p.data.row.item);
    });
  }

  (async function start() {
    try {
      const result = await d.run('activity', {actor: d.iri(section.dataset.actor)});
      if (result.rows.length === 0) {
        status.textContent = 'No meetings, statements, demands or positions of this actor are recorded.';
        chartEl.remove();
        return;
      }
      list.replaceChildren(...result.rows.map(item));
      draw(result.rows);
      status.textContent = result.rows.length + ' facts, oldest first; a date in italics is the day its article was'
        + ' published.' + (result.truncated ? ' The server cut the list.' : '');
    } catch (e) {
      status.textContent = e.message;
    }
  })();
})();
