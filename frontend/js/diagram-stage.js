// The stage of a server-rendered SVG architecture: a dot travels along the link of each frame, the link lights
// up while it carries a request, and the node that decided shows its decision for a moment. In a traffic run each
// server is filled by its utilisation with the percentage written on it, and a server taken down is drawn as down.

import { statusClass } from './player.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_DOTS = 24;
const DECISION_MS = 1800;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** The timeouts of a stage's animations, so a reset can stop every one still pending. */
export class Timers {
  constructor() {
    this.pending = new Set();
  }

  later(action, ms) {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      action();
    }, ms);
    this.pending.add(timer);
    return timer;
  }

  cancelAll() {
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending.clear();
  }
}

export class DiagramStage {
  constructor(svg) {
    this.svg = svg;
    this.dots = svg.querySelector('.dots');
    this.timers = new Timers();
  }

  showFrame(frame, travelMs) {
    const link = this.linkBetween(frame.from, frame.to);
    const [from, to] = link ? this.ends(link, frame.from) : [this.centre(frame.from), this.centre(frame.to)];
    if (!from || !to) return;

    this.showDecision(frame);
    if (link) this.highlight(link, travelMs);
    this.travel(frame, from, to, travelMs);
  }

  reset() {
    this.timers.cancelAll();
    this.dots.replaceChildren();
    this.svg.querySelectorAll('.link.active').forEach((link) => link.classList.remove('active'));
    this.svg.querySelectorAll('.node').forEach((node) => clearDecision(node));
    this.showLoad({});
  }

  /** @param {object} loads  node id → utilisation from 0 to 1 in the window being played */
  showLoad(loads) {
    this.svg.querySelectorAll('.node-server').forEach((node) => {
      const load = loads[node.dataset.node];
      if (load == null) {
        node.removeAttribute('data-load');
        if (node.loadText) node.loadText.textContent = '';
        return;
      }
      node.dataset.load = loadLevel(load);
      this.label(node, 'loadText', 'node-load').textContent = `${Math.round(load * 100)}%`;
    });
  }

  /** @param {Set<string>} down  ids of the servers and load balancers that are down now */
  showDown(down) {
    this.svg.querySelectorAll('.node-server, .node-loadbalancer').forEach((node) => {
      const isDown = down.has(node.dataset.node);
      node.classList.toggle('down', isDown);
      this.label(node, 'downText', 'node-down').textContent = isDown ? 'DOWN' : '';
    });
  }

  /** A text in the card's top right corner, made the first time it is needed. */
  label(node, property, className) {
    if (!node[property]) {
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('class', className);
      text.setAttribute('x', String(Number(node.querySelector('.node-card').getAttribute('width')) - 10));
      text.setAttribute('y', className === 'node-down' ? '59' : '21');
      text.setAttribute('text-anchor', 'end');
      node.append(text);
      node[property] = text;
    }
    return node[property];
  }

  linkBetween(a, b) {
    return this.svg.querySelector(`.link[data-from="${CSS.escape(a)}"][data-to="${CSS.escape(b)}"]`)
      || this.svg.querySelector(`.link[data-from="${CSS.escape(b)}"][data-to="${CSS.escape(a)}"]`);
  }

  /** The link's two ends, ordered in the frame's direction, so the dot runs between card edges. */
  ends(link, fromId) {
    const start = { x: Number(link.getAttribute('x1')), y: Number(link.getAttribute('y1')) };
    const end = { x: Number(link.getAttribute('x2')), y: Number(link.getAttribute('y2')) };
    return link.dataset.from === fromId ? [start, end] : [end, start];
  }

  centre(id) {
    const node = this.svg.querySelector(`.node[data-node="${CSS.escape(id)}"]`);
    return node ? { x: Number(node.dataset.x), y: Number(node.dataset.y) } : null;
  }

  highlight(link, travelMs) {
    link.classList.add('active');
    this.timers.later(() => link.classList.remove('active'), Math.max(travelMs, 250));
  }

  /** A dot glides from node to node; with reduced motion it appears at the destination instead. */
  travel(frame, from, to, travelMs) {
    // A traffic run may put hundreds of requests in flight at once; a few dozen dots already show the flow.
    if (this.dots.childElementCount >= MAX_DOTS) return;
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('r', '9');
    dot.setAttribute('class', `dot dot-${frame.kind}` + (frame.status ? ` ${statusClass(frame.status)}` : ''));
    this.dots.append(dot);
    if (reducedMotion.matches || travelMs <= 0) {
      place(dot, to);
      this.timers.later(() => dot.remove(), Math.max(travelMs, 400));
      return;
    }
    const started = performance.now();
    const step = (now) => {
      const progress = Math.min(1, (now - started) / travelMs);
      place(dot, { x: from.x + (to.x - from.x) * progress, y: from.y + (to.y - from.y) * progress });
      if (progress < 1 && dot.isConnected) {
        requestAnimationFrame(step);
      } else {
        dot.remove();
      }
    };
    place(dot, from);
    requestAnimationFrame(step);
  }

  /** The node that decided this frame shows it: the route it matched, or the status it answered. */
  showDecision(frame) {
    const node = this.svg.querySelector(`.node[data-node="${CSS.escape(frame.from)}"]`);
    const text = decisionText(frame);
    if (!node || !text) return;
    node.querySelector('.decision-text').textContent = text;
    const decision = node.querySelector('.decision');
    decision.setAttribute('class', 'decision visible' + (frame.status ? ` ${statusClass(frame.status)}` : ''));
    clearTimeout(node.decisionTimer);
    node.decisionTimer = this.timers.later(() => clearDecision(node), DECISION_MS);
  }
}

/** Several drawings of one design (wide and narrow screens) kept in step: each frame plays on all of them. */
export class StageGroup {
  constructor(stages) {
    this.stages = stages;
  }

  showFrame(frame, travelMs) {
    this.stages.forEach((stage) => stage.showFrame(frame, travelMs));
  }

  reset() {
    this.stages.forEach((stage) => stage.reset());
  }

  showLoad(loads) {
    this.stages.forEach((stage) => stage.showLoad(loads));
  }

  showDown(down) {
    this.stages.forEach((stage) => stage.showDown(down));
  }
}

/** calm under 60 %, busy to 85 %, hot above: the fill says it at a glance, the percentage says it exactly. */
export function loadLevel(load) {
  if (load >= 0.85) return 'hot';
  return load >= 0.6 ? 'busy' : 'calm';
}

/** The route a gateway chose, from its trace; frames without one fall back to the route named in the note. */
export function decisionText(frame) {
  if (frame.kind === 'response') return String(frame.status);
  const chosen = frame.trace && frame.trace.routes
    && frame.trace.routes.find((route) => route.matched && route.prefix === frame.trace.chosen);
  if (chosen) return `${chosen.prefix} → ${chosen.pool}`;
  const route = /(\/\S*) → ([A-Za-z0-9_.-]+)/.exec(frame.note || '');
  return route ? `${route[1]} → ${route[2]}` : null;
}

function clearDecision(node) {
  const decision = node.querySelector('.decision');
  if (decision) decision.setAttribute('class', 'decision');
}

function place(dot, point) {
  dot.setAttribute('cx', point.x.toFixed(1));
  dot.setAttribute('cy', point.y.toFixed(1));
}
