// The simulation player: Play/Pause, Step, Restart, speed, "frame k of n" and the event list.
// One component serves every page that plays a design; what it draws on is a separate "stage". A frame with a
// trace opens to say why its node decided; a traffic run adds live charts; servers can be taken down mid-run.
// It drives a live run on the server (POST /api/runs) and receives the frames over Server-Sent Events.

import { traceList } from './trace.js';
import { TrafficCharts } from './traffic-charts.js';
import { IncidentControls, downAt } from './incident-controls.js';

const DEFAULT_REAL_MS_PER_SIM_MS = 50;
const MAX_ROWS = 300;
let playersMade = 0;

export class Player {
  /**
   * @param {HTMLElement} root   element holding the controls ([data-action]), [data-counter], [data-events],
   *                              [data-empty] and [data-error]
   * @param {object} options     stage: {showFrame(frame, ms), reset(), showLoad(loads), showDown(ids)};
   *                              design: the design document;
   *                              names: id → display name; onFinished(summary); onRestart()
   */
  constructor(root, options) {
    this.root = root;
    this.stage = options.stage;
    this.design = options.design;
    this.names = options.names;
    this.onFinished = options.onFinished || (() => {});
    this.onRestart = options.onRestart || (() => {});
    this.total = Number(root.dataset.total || 0);
    this.frames = [];
    this.run = null;
    this.status = { state: 'paused', position: 0, total: this.total, speed: 1 };
    this.speed = Number(root.querySelector('[data-action="speed"]').value) || 1;
    this.busy = Promise.resolve();
    this.controls = {
      toggle: root.querySelector('[data-action="toggle"]'),
      step: root.querySelector('[data-action="step"]'),
      restart: root.querySelector('[data-action="restart"]'),
      speed: root.querySelector('[data-action="speed"]'),
    };
    this.counter = root.querySelector('[data-counter]');
    this.events = root.querySelector('[data-events]');
    this.empty = root.querySelector('[data-empty]');
    this.error = root.querySelector('[data-error]');
    this.traffic = root.querySelector('[data-traffic]');
    this.key = `p${++playersMade}`;
    this.incidents = [];
    this.failures = new IncidentControls(root.querySelector('[data-incidents]'),
      (node, down) => this.queue(() => this.incident(node, down)));
    this.failures.setDesign(this.design);
    this.bind();
    this.render();
    this.showLive();
  }

  bind() {
    this.controls.toggle.addEventListener('click', () => this.queue(() => this.toggle()));
    this.controls.step.addEventListener('click', () => this.queue(() => this.command('step')));
    this.controls.restart.addEventListener('click', () => this.queue(() => this.command('restart')));
    this.controls.speed.addEventListener('change', () => this.queue(() => this.changeSpeed()));
    this.onKey = (event) => this.handleKey(event);
    document.addEventListener('keydown', this.onKey);
  }

  /** Space plays and pauses, the right arrow steps, unless the learner is typing or on another control. */
  handleKey(event) {
    if (!this.root.isConnected || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target.closest && target.closest('input, textarea, select, button, a, [contenteditable], [role=application]')) {
      return;
    }
    if (event.code === 'Space') {
      event.preventDefault();
      this.queue(() => this.toggle());
    } else if (event.code === 'ArrowRight') {
      event.preventDefault();
      this.queue(() => this.command('step'));
    }
  }

  /** Commands run one after another, so a double click never creates two runs. */
  queue(action) {
    this.busy = this.busy.then(action).catch((error) => this.showError(error.message));
    return this.busy;
  }

  async toggle() {
    const playing = this.status.state === 'playing';
    await this.command(playing ? 'pause' : 'play');
  }

  /** Reads the speed control again, after a page script set its value. */
  async changeSpeed() {
    this.speed = Number(this.controls.speed.value);
    if (this.run) {
      await this.post(`/api/runs/${this.run.id}/speed`, { speed: this.speed });
    }
  }

  async command(name) {
    await this.ensureRun();
    const status = await this.post(`/api/runs/${this.run.id}/${name}`);
    this.applyStatus(status);
  }

  async ensureRun() {
    if (this.run) return;
    const created = await this.post(`/api/runs?speed=${this.speed}`, this.design);
    this.run = created;
    this.realMsPerSimMs = created.realMsPerSimulatedMs || DEFAULT_REAL_MS_PER_SIM_MS;
    this.total = created.status.total;
    this.incidents = [];
    if (created.metrics) this.charts = new TrafficCharts(this.traffic, created.metrics, (id) => this.nameOf(id));
    this.listen(created.events);
    this.showLive();
  }

  /** Takes a node down (or brings it back) in the live run: the frames after the current one change. */
  async incident(node, down) {
    if (!this.run) return;
    const answer = await this.post(`/api/runs/${this.run.id}/incidents`, { node, down });
    this.incidents = answer.incidents;
    if (answer.metrics && this.charts) this.charts.replace(answer.metrics);
    this.applyStatus(answer.status);
    this.showLive();
  }

  /** The simulated time just after the last frame shown: incidents take effect from there. */
  now() {
    return this.frames.length === 0 ? -1 : this.frames[this.frames.length - 1].time;
  }

  /** Charts, server load and down servers as of the frame shown. */
  showLive() {
    const now = this.now();
    if (this.charts) {
      this.charts.advance(now);
      if (this.stage.showLoad) this.stage.showLoad(this.charts.utilisationAt(now));
    }
    const down = downAt(this.design, this.incidents, now + 1);
    const key = [...down].sort().join(' ');
    if (key !== this.downKey && this.stage.showDown) this.stage.showDown(down);
    this.downKey = key;
    this.failures.show(down, Boolean(this.run));
  }

  listen(url) {
    this.source = new EventSource(url);
    this.source.addEventListener('frame', (event) => this.receiveFrame(JSON.parse(event.data)));
    this.source.addEventListener('status', (event) => this.applyStatus(JSON.parse(event.data)));
    this.source.addEventListener('restart', () => this.clearFrames());
    this.source.addEventListener('end', (event) => this.onFinished(JSON.parse(event.data)));
  }

  receiveFrame(frame) {
    // A reconnect after a dropped connection resends nothing we have, but guard against repeats anyway.
    if (frame.seq <= this.frames.length) return;
    this.frames.push(frame);
    this.addRow(frame);
    const travelMs = (frame.duration * this.realMsPerSimMs) / this.status.speed;
    this.stage.showFrame(frame, travelMs);
    this.render();
    this.showLive();
  }

  clearFrames() {
    this.frames = [];
    this.events.replaceChildren();
    this.stage.reset();
    this.downKey = null;
    this.onRestart();
    this.render();
    this.showLive();
  }

  applyStatus(status) {
    this.status = status;
    this.total = status.total;
    this.render();
  }

  render() {
    const playing = this.status.state === 'playing';
    this.controls.toggle.textContent = playing ? 'Pause' : 'Play';
    this.controls.toggle.setAttribute('aria-pressed', String(playing));
    this.root.dataset.state = this.status.state;
    this.counter.textContent = `frame ${this.frames.length} of ${this.total}`;
    this.empty.hidden = this.frames.length > 0;
  }

  addRow(frame) {
    const row = document.createElement('li');
    row.className = `event event-${frame.kind}` + (frame.status ? ` ${statusClass(frame.status)}` : '');
    row.dataset.seq = frame.seq;
    row.dataset.requestId = frame.requestId;
    if (frame.status) row.dataset.status = frame.status;

    const line = document.createElement('div');
    line.className = 'event-line';
    line.append(
      span('event-time', `${frame.time} ms`),
      span('event-hop', `${this.nameOf(frame.from)} → ${this.nameOf(frame.to)}`),
      span('event-request mono', `${frame.method} ${frame.path}`),
    );
    if (frame.status) {
      line.append(span(`badge ${statusClass(frame.status)}`, String(frame.status)));
    }
    const note = span('event-note', frame.note);
    const list = this.events;
    const following = list.scrollHeight - list.scrollTop - list.clientHeight < 32
      && !list.querySelector('[aria-expanded="true"]');
    if (frame.trace) {
      this.addTrace(row, frame, line, note);
    } else {
      row.append(line, note);
    }
    list.append(row);
    this.trimRows();
    // Scroll the list, never the page, and only while the learner follows the newest frames: one who scrolled up
    // or opened a frame's why is reading it.
    if (following) list.scrollTop = list.scrollHeight;
  }

  /** The row becomes a disclosure button: Enter, Space or a click shows the frame's trace in words. */
  addTrace(row, frame, line, note) {
    const id = `trace-${this.key}-${frame.seq}`;
    const summary = document.createElement('button');
    summary.type = 'button';
    summary.className = 'event-summary';
    summary.setAttribute('aria-expanded', 'false');
    summary.setAttribute('aria-controls', id);
    line.append(span('event-why', 'Why?'));
    summary.append(line, note);
    // The words are built on first opening: a traffic run has thousands of traced frames, mostly never opened.
    const trace = document.createElement('div');
    trace.id = id;
    trace.hidden = true;
    summary.addEventListener('click', () => {
      const open = summary.getAttribute('aria-expanded') !== 'true';
      if (open && !trace.firstChild) trace.append(traceList(frame.trace, (node) => this.nameOf(node)));
      summary.setAttribute('aria-expanded', String(open));
      trace.hidden = !open;
    });
    row.classList.add('has-trace');
    row.append(summary, trace);
  }

  /** Keeps the list light on long traffic runs: only the newest rows stay, and a line says so. */
  trimRows() {
    const list = this.events;
    while (list.children.length > MAX_ROWS) {
      list.firstElementChild.remove();
      if (!list.dataset.trimmed) {
        list.dataset.trimmed = 'true';
        this.root.querySelector('[data-events]').setAttribute('aria-label',
          `Event list, the newest ${MAX_ROWS} frames, newest at the bottom`);
      }
    }
  }

  nameOf(id) {
    return this.names[id] || id;
  }

  showError(message) {
    this.error.textContent = message;
    this.error.hidden = false;
  }

  async post(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = response.status === 204 ? null : await response.json();
    if (!response.ok) {
      const first = payload && payload.errors && payload.errors[0];
      throw new Error(first ? describeError(first) : `The server answered ${response.status}`);
    }
    this.error.hidden = true;
    return payload;
  }

  /** Plays a different design from now on (the sandbox after an edit): the old run is dropped. */
  setDesign(design, names) {
    this.forgetRun();
    this.design = design;
    this.names = names;
    this.failures.setDesign(design);
    this.total = 0;
    this.status = { state: 'paused', position: 0, total: 0, speed: this.speed };
    this.frames = [];
    this.events.replaceChildren();
    this.stage.reset();
    this.error.hidden = true;
    this.render();
    this.showLive();
  }

  /** Plays the current design from its first frame, whatever state the run was in. */
  replay() {
    return this.queue(() => this.command(this.run ? 'restart' : 'play'));
  }

  forgetRun() {
    if (this.source) this.source.close();
    if (this.run) fetch(`/api/runs/${this.run.id}`, { method: 'DELETE', keepalive: true }).catch(() => {});
    this.source = null;
    this.run = null;
    this.incidents = [];
    this.downKey = null;
    if (this.charts) this.charts.destroy();
    this.charts = null;
  }

  /** Stops listening and lets the server forget the run at once instead of waiting for its idle sweep. */
  destroy() {
    document.removeEventListener('keydown', this.onKey);
    this.forgetRun();
  }
}

/** A design problem names where it is (nodes[0].requests); other refusals are clear in their words alone. */
function describeError(error) {
  return /^(nodes|links)\b/.test(error.field) ? `${error.field}: ${error.message}` : error.message;
}

export function statusClass(status) {
  return `s${String(status).charAt(0)}xx`;
}

function span(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
