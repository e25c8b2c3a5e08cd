'use strict';

/**
 * A chart for YASR's results where one fits, drawn with ECharts: bars when some
 * columns hold numbers (one bar per row, labelled by the other columns), or,
 * when a column holds dates, how many distinct values of the first column each
 * month has (meetings per month, say). The chart downloads as PNG.
 */
(function () {
  const NUMBER = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong)$/;
  const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const MOST_BARS = 60;

  function every(rows, name, test) {
    return rows.some(r => r[name]) && rows.every(r => !r[name] || test(r[name]));
  }

  /** How the results can be drawn, or null. */
  function shape(json) {
    if (!json || !json.head || !json.results || json.results.bindings.length === 0) {
      return null;
    }
    const vars = json.head.vars;
    const rows = json.results.bindings;
    const numbers = vars.filter(v => every(rows, v, t => t.type !== 'uri' && NUMBER.test(t.datatype || '')));
    const labels = vars.filter(v => !numbers.includes(v));
    if (numbers.length > 0 && labels.length > 0) {
      return {kind: 'bars', numbers, labels, rows};
    }
    const dates = vars.filter(v => every(rows, v, t => t.type !== 'uri' && DATE.test(t.value)));
    const counted = vars.find(v => !dates.includes(v));
    if (dates.length > 0 && counted) {
      return {kind: 'months', date: dates[0], counted, rows};
    }
    return null;
  }

  /** Every month from the first to the last of the sorted YYYY-MM keys, so that empty months show. */
  function monthsBetween(keys) {
    if (keys.length === 0) {
      return keys;
    }
    const all = [];
    let [year, month] = keys[0].split('-').map(Number);
    const last = keys[keys.length - 1];
    for (let key = keys[0]; key <= last && all.length < 1200;) {
      all.push(key);
      month = month === 12 ? 1 : month + 1;
      year = month === 1 ? year + 1 : year;
      key = year + '-' + String(month).padStart(2, '0');
    }
    return all;
  }

  function icon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '15');
    svg.setAttribute('height', '15');
    for (const [x, h] of [[3, 10], [10, 16], [17, 6]]) {
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', x);
      bar.setAttribute('y', 21 - h);
      bar.setAttribute('width', 5);
      bar.setAttribute('height', h);
      bar.setAttribute('fill', 'currentColor');
      svg.appendChild(bar);
    }
    const wrap = document.createElement('div');
    wrap.appendChild(svg);
    return wrap;
  }

  class Chart {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = 'Chart';
      this.priority = 5;
      this.chart = null;
    }

    shape() {
      const results = this.yasr.results;
      return results && !results.hasError() ? shape(results.getAsJson()) : null;
    }

    canHandleResults() {
      return this.shape() !== null;
    }

    getIcon() {
      return icon();
    }

    option(s, display) {
      if (s.kind === 'bars') {
        const rows = s.rows.slice(0, MOST_BARS);
        return {
          tooltip: {trigger: 'axis'},
          legend: {data: s.numbers, top: 0},
          grid: {left: 60, right: 20, top: 40, bottom: 140},
          xAxis: {type: 'category', data: rows.map(r => s.labels.map(v => display(r[v])).filter(Boolean).join(' · ')),
            axisLabel: {rotate: 40, width: 160, overflow: 'truncate', interval: 0}},
          yAxis: {type: 'value'},
          series: s.numbers.map(v => ({name: v, type: 'bar', data: rows.map(r => r[v] ? +r[v].value : null)}))
        };
      }
      const months = new Map();
      for (const r of s.rows) {
        if (r[s.date] && r[s.counted]) {
          const month = r[s.date].value.slice(0, 7);
          (months.get(month) || months.set(month, new Set()).get(month)).add(r[s.counted].value);
        }
      }
      const keys = monthsBetween([...months.keys()].sort());
      return {
        tooltip: {trigger: 'axis'},
        grid: {left: 60, right: 20, top: 40, bottom: 60},
        title: {text: 'Distinct ?' + s.counted + ' per month of ?' + s.date, textStyle: {fontSize: 13}},
        xAxis: {type: 'category', data: keys},
        yAxis: {type: 'value', minInterval: 1},
        series: [{name: s.counted, type: 'bar', data: keys.map(k => months.has(k) ? months.get(k).size : 0)}]
      };
    }

    draw() {
      const s = this.shape();
      if (this.chart) {
        this.chart.dispose();
      }
      const el = document.createElement('div');
      el.className = 'chart yasr-chart';
      this.yasr.resultsEl.appendChild(el);
      const prefixes = this.yasr.getPrefixes ? this.yasr.getPrefixes() : {};
      const display = term => {
        if (!term) {
          return '';
        }
        if (term.type === 'uri') {
          for (const [prefix, ns] of Object.entries(prefixes)) {
            if (term.value.startsWith(ns)) {
              return prefix + ':' + term.value.slice(ns.length);
            }
          }
        }
        return term.value;
      };
      this.chart = echarts.init(el);
      this.chart.setOption(Object.assign({animation: false, color: ['#1f5fa8', '#c77d12', '#2e8b57']},
        this.option(s, display)));
    }

    download(filename) {
      if (!this.chart) {
        return undefined;
      }
      return {
        getData: () => this.chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'}),
        contentType: 'image/png',
        filename: (filename || 'chart') + '.png',
        title: 'Download the chart as PNG'
      };
    }
  }

  Yasgui.Yasr.registerPlugin('chart', Chart);
})();
