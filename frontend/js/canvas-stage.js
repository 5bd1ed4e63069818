// The stage of the sandbox canvas (Cytoscape): the same contract as the lesson's diagram stage, so the one player
// drives both. A packet glides along the link of each frame and the deciding node shows its decision briefly.

import { Timers, decisionText, loadLevel } from './diagram-stage.js';

const DECISION_MS = 1800;
const STATUS_COLOURS = { 2: '#17803d', 3: '#1f5fbf', 4: '#9a5b00', 5: '#b42318' };
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

export class CanvasStage {
  constructor(cy) {
    this.cy = cy;
    this.timers = new Timers();
    this.counter = 0;
  }

  showFrame(frame, travelMs) {
    const from = this.cy.getElementById(frame.from);
    const to = this.cy.getElementById(frame.to);
    if (from.empty() || to.empty()) return;

    this.highlight(frame, travelMs);
    this.showDecision(from, frame);
    this.travel(frame, from.position(), to.position(), travelMs);
  }

  reset() {
    this.timers.cancelAll();
    this.cy.elements('.transient').remove();
    this.cy.elements('.active').removeClass('active');
    this.showLoad({});
  }

  /** Fills each server by its utilisation and writes the percentage under its name (the label reads loadText). */
  showLoad(loads) {
    this.cy.nodes('[type = "server"]').forEach((node) => {
      const load = loads[node.id()];
      node.removeClass('load-calm load-busy load-hot');
      if (load == null) {
        node.removeData('loadText');
        return;
      }
      node.addClass(`load-${loadLevel(load)}`);
      node.data('loadText', `${Math.round(load * 100)}% busy`);
    });
  }

  /** A server or load balancer that is down gets a dashed, greyed card and the word DOWN. */
  showDown(down) {
    this.cy.nodes('[type = "server"], [type = "loadbalancer"]').forEach((node) => {
      const isDown = down.has(node.id());
      node.toggleClass('down', isDown);
      if (isDown) node.data('downText', 'DOWN'); else node.removeData('downText');
    });
  }

  highlight(frame, travelMs) {
    const edge = this.cy.getElementById(`${frame.from}->${frame.to}`).nonempty()
      ? this.cy.getElementById(`${frame.from}->${frame.to}`)
      : this.cy.getElementById(`${frame.to}->${frame.from}`);
    if (edge.empty()) return;
    edge.addClass('active');
    this.timers.later(() => edge.removeClass('active'), Math.max(travelMs, 250));
  }

  travel(frame, start, end, travelMs) {
    // As on the lesson drawing: a few dozen packets in flight show the flow of a busy run.
    if (this.cy.nodes('.packet').length >= 24) return;
    const colour = frame.status ? STATUS_COLOURS[String(frame.status).charAt(0)] : '#5b6676';
    const packet = this.cy.add({
      group: 'nodes',
      data: { id: `packet-${++this.counter}`, colour },
      position: { ...start },
      classes: 'transient packet',
      selectable: false,
      grabbable: false,
    });
    if (reducedMotion.matches || travelMs <= 0) {
      packet.position({ ...end });
      this.timers.later(() => packet.remove(), Math.max(travelMs, 400));
      return;
    }
    packet.animate({ position: { ...end } }, { duration: travelMs, complete: () => packet.remove() });
  }

  showDecision(node, frame) {
    const text = decisionText(frame);
    if (!text || node.data('type') === 'client') return;
    const id = `decision-${node.id()}`;
    this.cy.getElementById(id).remove();
    const box = node.boundingBox();
    const badge = this.cy.add({
      group: 'nodes',
      data: { id, label: text, width: 16 + text.length * 7.5,
        colour: frame.status ? STATUS_COLOURS[String(frame.status).charAt(0)] : '#2450c7' },
      position: { x: node.position('x'), y: box.y2 + 16 },
      classes: 'transient decision',
      selectable: false,
      grabbable: false,
    });
    this.timers.later(() => badge.remove(), DECISION_MS);
  }
}
