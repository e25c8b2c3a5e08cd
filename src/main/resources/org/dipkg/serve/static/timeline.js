'use strict';

/** The timeline page: meetings by date, one row per participant, from static/queries/timeline.rq. */
(function () {
  const d = window.dipkg;
  const FIELDS = ['actor', 'from', 'to'];
  const MOST_ROWS = 30;
  const HELD = '#1f5fa8';
  const PLANNED = '#c77d12';
  const form = document.getElementById('filters');
  const status = document.getElementById('status');
  const list = document.getElementById('meetings');
  const chartEl = document.getElementById('chart');
  let chart = null;

  /** The rows of the query as meetings, each with its participants, in the order of the rows (by date). */
  function meetings(rows) {
    const byIri = new Map();
    for (const row of rows) {
      let m = byIri.get(row.meeting);
      if (!m) {
        m = {iri: row.meeting, title: row.title || row.meeting, date: row.date || null,
          time: d.time(row.date), planned: row.planned === 'true', place: row.place || null, participants: []};
        byIri.set(row.meeting, m);
      }
      m.participants.push({iri: row.participant, name: row.name || row.participant});
    }
    return [...byIri.values()];
  }

  function item(m) {
    const li = d.element('li', 'meeting' + (m.planned ? ' planned' : ''));
    li.appendChild(d.element('time', null, m.date || 'no date'));
    li.append(' ');
    li.appendChild(d.link(m.iri, m.title));
    if (m.planned) {
      li.append(' ');
      li.appendChild(d.element('span', 'badge', 'planned'));
    }
    const who = d.element('span', 'who');
    m.participants.forEach((p, i) => {
      who.append(i === 0 ? ' with ' : ', ');
      who.appendChild(d.link(p.iri, p.name));
    });
    if (m.place) {
      who.append(' in ' + m.place);
    }
    li.appendChild(who);
    return li;
  }

  function draw(all) {
    const dated = all.filter(m => m.time !== null);
    const counts = new Map();
    for (const m of dated) {
      for (const p of m.participants) {
        const c = counts.get(p.iri) || {name: p.name, n: 0};
        c.n++;
        counts.set(p.iri, c);
      }
    }
    const rows = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].name.localeCompare(b[1].name))
      .slice(0, MOST_ROWS);
    const index = new Map(rows.map(([iri], i) => [iri, i]));
    const points = {held: [], planned: []};
    const joins = [];
    for (const m of dated) {
      const ys = m.participants.map(p => index.get(p.iri)).filter(y => y !== undefined);
      for (const y of ys) {
        points[m.planned ? 'planned' : 'held'].push({value: [m.time, y], meeting: m});
      }
      if (ys.length > 1) {
        joins.push({value: [m.time, Math.min(...ys), Math.max(...ys), m.planned ? 1 : 0], meeting: m});
      }
    }
    chartEl.style.height = (90 + 30 * Math.max(rows.length, 2)) + 'px';
    if (!chart) {
      chart = d.chart(chartEl);
      chart.on('click', p => {
        if (p.data && p.data.meeting) {
          location.href = d.served(p.data.meeting.iri);
        }
      });
    }
    chart.resize();
    const point = (name, color, hollow) => ({
      name, type: 'scatter', data: points[hollow ? 'planned' : 'held'], symbolSize: 12, z: 3,
      itemStyle: hollow ? {color: '#fff', borderColor: color, borderWidth: 2} : {color}
    });
    chart.setOption({
      animation: false,
      grid: {left: 160, right: 30, top: 30, bottom: 60},
      legend: {top: 0, data: ['held', 'planned']},
      tooltip: {
        trigger: 'item',
        formatter: p => {
          const m = p.data && p.data.meeting;
          if (!m) {
            return '';
          }
          const lines = [m.title, (m.date || '') + (m.planned ? ' (planned)' : '') + (m.place ? ', ' + m.place : '')];
          return lines.map(line => echarts.format.encodeHTML(line)).join('<br>');
        }
      },
      xAxis: d.timeAxis(),
      yAxis: {type: 'category', inverse: true, data: rows.map(([, c]) => c.name),
        axisLabel: {width: 150, overflow: 'truncate'}},
      dataZoom: [{type: 'slider', xAxisIndex: 0, bottom: 10}, {type: 'inside', xAxisIndex: 0}],
      series: [
        {
          name: 'joins', type: 'custom', data: joins, z: 1, silent: true,
          renderItem: (params, api) => {
            const top = api.coord([api.value(0), api.value(1)]);
            const bottom = api.coord([api.value(0), api.value(2)]);
            return {type: 'line', shape: {x1: top[0], y1: top[1], x2: bottom[0], y2: bottom[1]},
              style: {stroke: api.value(3) ? PLANNED : HELD, lineWidth: 2, lineDash: api.value(3) ? [4, 3] : null}};
          }
        },
        point('held', HELD, false),
        point('planned', PLANNED, true)
      ]
    }, true);
    return {rows: rows.length, more: counts.size - rows.length, undated: all.length - dated.length};
  }

  async function show() {
    d.addressFromForm(form, FIELDS);
    status.textContent = 'Loading…';
    const values = d.range(form);
    if (form.elements.actor.value) {
      values.actor = d.iri(form.elements.actor.value);
    }
    try {
      const result = await d.run('timeline', values);
      const all = meetings(result.rows);
      list.replaceChildren(...all.map(item));
      const shown = draw(all);
      const planned = all.filter(m => m.planned).length;
      let text = all.length + (all.length === 1 ? ' meeting' : ' meetings') + ', ' + planned + ' planned.';
      if (shown.undated) {
        text += ' ' + shown.undated + (shown.undated === 1 ? ' without a date is' : ' without a date are') + ' only listed.';
      }
      if (shown.more > 0) {
        text += ' The chart shows the ' + shown.rows + ' actors with the most meetings.';
      }
      if (result.truncated) {
        text += ' The server cut the result: narrow the dates.';
      }
      status.textContent = text;
    } catch (e) {
      status.textContent = e.message;
    }
  }

  async function actors() {
    const result = await d.run('meeting-actors', {});
    for (const row of result.rows) {
      const option = d.element('option', null, row.name + ' (' + row.meetings + ')');
      option.value = row.actor;
      form.elements.actor.appendChild(option);
    }
  }

  d.dateFields(form);
  form.addEventListener('change', show);
  form.addEventListener('submit', event => {
    event.preventDefault();
    show();
  });
  (async function start() {
    try {
      await actors();
    } catch (e) {
      status.textContent = e.message;
    }
    d.formFromAddress(form, FIELDS);
    await show();
  })();
})();
