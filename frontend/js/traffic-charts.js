// Live charts of a traffic run: throughput, p99 latency and errors at the clients, and utilisation per server, one
// point a simulated second. They show the windows up to the frame being played, so they grow while the run plays.
// Drawn with uPlot (a WebJar loaded as a classic script); each chart also says its latest values in words.

const COLOURS = ['#2450c7', '#0f7b80', '#6b4fbb', '#9a5b00', '#b42318', '#17803d'];

const CHARTS = [
  { key: 'throughput', title: 'Throughput', unit: 'req/s', types: ['client'], value: (w) => w.throughput },
  { key: 'p99', title: 'p99 latency', unit: 'ms', types: ['client'], value: (w) => w.p99 ?? null },
  { key: 'errors', title: 'Errors', unit: '/s', types: ['client'], value: (w) => errorCount(w) },
  { key: 'utilisation', title: 'Utilisation', unit: '%', types: ['server'], value: (w) => percent(w.utilisation) },
];

export class TrafficCharts {
  /**
   * @param {HTMLElement} root   the [data-traffic] element the charts go in
   * @param {object} metrics     the run's metrics (dev.switchboard.sim.Metrics as JSON)
   * @param {(id: string) => string} nameOf
   */
  constructor(root, metrics, nameOf) {
    this.root = root;
    this.nameOf = nameOf;
    this.shown = -1;
    this.time = -1;
    this.root.replaceChildren();
    this.root.hidden = false;
    this.load(metrics);
    this.charts = CHARTS.map((chart) => this.build(chart)).filter(Boolean);
    this.totals = document.createElement('p');
    this.totals.className = 'chart-totals';
    this.totals.dataset.totals = '';
    this.totals.hidden = true;
    this.root.append(this.totals);
    // The charts follow their column's width: a phone turned sideways or a resized window redraws them to fit.
    this.resizer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.fit()) : null;
    if (this.resizer) this.resizer.observe(this.root);
  }

  fit() {
    this.charts.forEach((chart) => {
      const width = Math.max(160, chart.plotArea.clientWidth || 240);
      if (chart.plot && chart.plot.width !== width) chart.plot.setSize({ width, height: chart.plot.height });
    });
  }

  /** New metrics for the same run (an incident changed what happens next); the shown time stays. */
  replace(metrics) {
    this.load(metrics);
    this.charts.forEach((chart) => Object.assign(chart, this.seriesOf(chart.spec)));
    this.shown = -1;
    this.advance(this.time);
  }

  load(metrics) {
    this.windowMs = metrics.windowMs;
    this.nodes = metrics.nodes;
    const longest = this.nodes.reduce((most, node) => Math.max(most, node.windows.length), 0);
    this.starts = Array.from({ length: longest }, (_, index) => index * this.windowMs);
  }

  /** Shows the windows that started at or before the simulated time {@code timeMs}; -1 shows none. */
  advance(timeMs) {
    this.time = timeMs;
    const count = timeMs < 0 ? 0 : Math.min(this.starts.length, Math.floor(timeMs / this.windowMs) + 1);
    if (count === this.shown) return;
    this.shown = count;
    this.charts.forEach((chart) => this.draw(chart, count));
    this.root.dataset.windows = String(count);
    this.showTotals(count === this.starts.length);
  }

  /**
   * Once the last second is shown, the whole run's figures: the ones a lesson quotes, which no single second's
   * point shows (the last second is often the quiet tail after the clients stopped).
   */
  showTotals(ended) {
    this.totals.hidden = !ended;
    if (!ended) return;
    const parts = [];
    this.nodes.filter((node) => node.type === 'client').forEach((node) => {
      const totals = node.totals;
      const dropped = errorCount(totals);
      parts.push(`${this.nameOf(node.node)}: ${totals.completions} answered, p99 ${totals.p99 ?? '–'}\u00a0ms,`
        + ` ${dropped} ${dropped === 1 ? 'error' : 'errors'}`);
    });
    this.nodes.filter((node) => node.totals.utilisation != null).forEach((node) => {
      // A no-break space keeps each number with its unit when the line wraps.
      parts.push(`${this.nameOf(node.node)} busy ${round(percent(node.totals.utilisation))}\u00a0%`);
    });
    this.totals.textContent = `Whole run: ${parts.join(' · ')}`;
  }

  /** Each server's utilisation (0 to 1) in the window holding {@code timeMs}, for the stage to colour. */
  utilisationAt(timeMs) {
    const index = Math.floor(timeMs / this.windowMs);
    const loads = {};
    this.nodes.forEach((node) => {
      const window = node.windows[index];
      if (timeMs >= 0 && window && window.utilisation != null) loads[node.node] = window.utilisation;
    });
    return loads;
  }

  destroy() {
    if (this.resizer) this.resizer.disconnect();
    this.charts.forEach((chart) => chart.plot && chart.plot.destroy());
    this.charts = [];
    this.root.replaceChildren();
    this.root.hidden = true;
  }

  build(spec) {
    const series = this.seriesOf(spec);
    if (series.columns.length === 0) return null;
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.dataset.chart = spec.key;
    const caption = document.createElement('figcaption');
    const plotArea = document.createElement('div');
    plotArea.className = 'chart-plot';
    figure.append(caption, plotArea);
    this.root.append(figure);
    const chart = { spec, figure, caption, plotArea, ...series };
    chart.plot = this.plot(chart);
    return chart;
  }

  /** The nodes this chart follows, their values a window, and the largest value so the scale never jumps. */
  seriesOf(spec) {
    const nodes = this.nodes.filter((node) => spec.types.includes(node.type)
      && node.windows.some((window) => spec.value(window) != null));
    const columns = nodes.map((node) => this.starts.map((_, index) => {
      const window = node.windows[index];
      return window ? spec.value(window) : null;
    }));
    const top = Math.max(1, ...columns.flat().filter((value) => value != null));
    return { columns, labels: nodes.map((node) => this.nameOf(node.node)), top };
  }

  plot(chart) {
    if (typeof window.uPlot !== 'function') return null;
    const width = Math.max(160, chart.plotArea.clientWidth || 240);
    const lastSecond = Math.max(1, (this.starts.length - 1) * this.windowMs / 1000);
    return new window.uPlot({
      width,
      height: 110,
      padding: [8, 16, 0, 0],
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: () => [0, lastSecond] },
        y: { range: () => [0, chart.top * 1.1] },
      },
      axes: [
        { size: 28, values: (_, ticks) => ticks.map((tick) => `${tick}s`) },
        { size: 52 },
      ],
      series: [{}, ...chart.labels.map((label, index) => ({
        label, stroke: COLOURS[index % COLOURS.length], width: 2, spanGaps: false, points: { show: true, size: 5 },
      }))],
    }, this.dataOf(chart, 0), chart.plotArea);
  }

  dataOf(chart, count) {
    const seconds = this.starts.slice(0, count).map((start) => start / 1000);
    return [seconds, ...chart.columns.map((column) => column.slice(0, count))];
  }

  draw(chart, count) {
    if (chart.plot) chart.plot.setData(this.dataOf(chart, count));
    chart.figure.dataset.points = String(count);
    chart.caption.textContent = this.captionOf(chart, count);
  }

  /** The latest value of every series in words, so the chart is never the only way to read it. */
  captionOf(chart, count) {
    const { title, unit } = chart.spec;
    if (count === 0) return `${title}: waiting for the first second`;
    const latest = chart.labels.map((label, index) => {
      const value = chart.columns[index][count - 1];
      return `${label} ${value == null ? 'none' : `${round(value)}\u00a0${unit}`}`;
    });
    const from = this.starts[count - 1] / 1000;
    const to = from + this.windowMs / 1000;
    return `${title}, ${from}–${to} s: ${latest.join(', ')}`;
  }
}

function errorCount(window) {
  return Object.values(window.errors || {}).reduce((sum, count) => sum + count, 0);
}

function percent(fraction) {
  return fraction == null ? null : fraction * 100;
}

function round(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
