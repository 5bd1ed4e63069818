// Mounts the player on every simulation panel of a lesson page, again after a checkpoint's Apply or Reset swaps
// the panel (htmx), and keeps the checkpoint boxes in step with what the panel shows.

import { Player, statusClass } from './player.js';
import { DiagramStage, StageGroup } from './diagram-stage.js';

const players = new WeakMap();

// The learner's chosen speed survives a checkpoint's Apply or Reset, which replace the whole panel.
let chosenSpeed = sessionStorage.getItem('switchboard.speed') || '1';

function mount(panel) {
  if (players.has(panel)) return;
  const design = JSON.parse(panel.dataset.design);
  const names = Object.fromEntries(design.nodes.map((node) => [node.id, node.name]));
  const checkpoint = panel.dataset.checkpoint || null;
  const speed = panel.querySelector('[data-action="speed"]');
  speed.value = chosenSpeed;
  speed.addEventListener('change', () => {
    chosenSpeed = speed.value;
    sessionStorage.setItem('switchboard.speed', chosenSpeed);
  });
  const player = new Player(panel, {
    stage: new StageGroup([...panel.querySelectorAll('svg.diagram')].map((svg) => new DiagramStage(svg))),
    design,
    names,
    onFinished: (summary) => showOutcome(checkpoint, summary, names),
    onRestart: () => hideOutcome(checkpoint),
  });
  players.set(panel, player);
  syncCheckpointBoxes(checkpoint);
}

function mountAll(root) {
  const panels = root.matches && root.matches('[data-simulation]') ? [root] : [];
  panels.push(...root.querySelectorAll('[data-simulation]'));
  panels.forEach(mount);
}

function syncCheckpointBoxes(applied) {
  document.querySelectorAll('[data-checkpoint-box]').forEach((box) => {
    const isApplied = box.dataset.checkpointBox === applied;
    box.classList.toggle('applied', isApplied);
    box.querySelector('[data-apply]').disabled = isApplied;
    box.querySelector('[data-reset]').disabled = !isApplied;
    box.querySelector('[data-checkpoint-state]').textContent = isApplied
      ? 'Applied: press Play in the simulation'
      : 'Not applied';
    box.querySelector('[data-checkpoint-result]').hidden = true;
  });
}

function showOutcome(checkpoint, summary, names) {
  const box = checkpoint && document.querySelector(`[data-checkpoint-box="${CSS.escape(checkpoint)}"]`);
  if (!box) return;
  const list = box.querySelector('[data-outcomes]');
  list.replaceChildren(...(summary.outcomes.length > 8 ? groupedOutcomes(summary, names)
    : summary.outcomes.map((outcome) => outcomeItem(`${outcome.method} ${outcome.path}`, ' ended in ', outcome, names))));
  gradePrediction(box, summary, names);
  box.querySelector('[data-checkpoint-result]').hidden = false;
  box.querySelector('[data-checkpoint-state]').textContent = 'Applied: run finished';
}

function outcomeItem(what, verb, outcome, names) {
  const item = document.createElement('li');
  const badge = document.createElement('span');
  badge.className = `badge ${statusClass(outcome.status)}`;
  badge.textContent = outcome.status;
  const request = document.createElement('code');
  request.textContent = what;
  item.append(request, verb, badge, ` from ${names[outcome.answeredBy] || outcome.answeredBy}`);
  return item;
}

/** A traffic run has too many requests to list: count them by status and answering node instead. */
function groupedOutcomes(summary, names) {
  const groups = new Map();
  summary.outcomes.forEach((outcome) => {
    const key = `${outcome.status} ${outcome.answeredBy}`;
    const group = groups.get(key) || { outcome, count: 0 };
    group.count += 1;
    groups.set(key, group);
  });
  const sampled = summary.sampling ? ` (of the ${summary.outcomes.length} requests shown; ${summary.requests} were sent)` : '';
  const items = [...groups.values()].sort((a, b) => b.count - a.count)
    .map((group) => outcomeItem(`${group.count} requests`, ' ended in ', group.outcome, names));
  const note = document.createElement('li');
  note.className = 'hint';
  note.textContent = `Counted by status and answering node${sampled}.`;
  return [...items, note];
}

/** Compares the learner's prediction with what the asked-about request really got, and says so plainly. */
function gradePrediction(box, summary, names) {
  const fieldset = box.querySelector('[data-predict-request]');
  const grade = box.querySelector('[data-prediction-grade]');
  if (!fieldset) return;
  const status = fieldset.querySelector('[data-predict-status]').value;
  const node = fieldset.querySelector('[data-predict-node]').value;
  const outcome = summary.outcomes[Number(fieldset.dataset.predictRequest) - 1];
  if (!outcome || (!status && !node)) {
    grade.hidden = true;
    return;
  }
  const actual = `${outcome.status} from ${names[outcome.answeredBy] || outcome.answeredBy}`;
  const statusRight = !status || Number(status) === outcome.status;
  const nodeRight = !node || node === outcome.answeredBy;
  const guessed = `${status || 'some status'} from ${node ? names[node] || node : 'some node'}`;
  grade.className = `prediction-grade ${statusRight && nodeRight ? 'right' : 'wrong'}`;
  if (statusRight && nodeRight) {
    grade.textContent = `Your prediction was right: ${outcome.method} ${outcome.path} got ${actual}.`;
  } else {
    const parts = [];
    if (!statusRight) parts.push(`the status was ${outcome.status}, not ${status}`);
    if (!nodeRight) parts.push(`the answer came from ${names[outcome.answeredBy] || outcome.answeredBy}, not ${names[node] || node}`);
    grade.textContent = `You predicted ${guessed}; ${parts.join(' and ')}. Read why below.`;
  }
  grade.hidden = false;
}

function hideOutcome(checkpoint) {
  const box = checkpoint && document.querySelector(`[data-checkpoint-box="${CSS.escape(checkpoint)}"]`);
  if (box) box.querySelector('[data-checkpoint-result]').hidden = true;
}

document.addEventListener('DOMContentLoaded', () => mountAll(document));

// Before htmx replaces a panel, its player closes its stream and its run.
document.addEventListener('htmx:beforeSwap', (event) => {
  const target = event.detail.target;
  const player = target && players.get(target);
  if (player) player.destroy();
});

document.addEventListener('htmx:load', (event) => {
  mountAll(event.detail.elt);
  const panel = event.detail.elt;
  if (panel.matches && panel.matches('[data-simulation]') && window.matchMedia('(max-width: 960px)').matches) {
    panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }
});

// Leaving the page ends its runs at once instead of leaving them to the idle sweep.
window.addEventListener('pagehide', () => {
  document.querySelectorAll('[data-simulation]').forEach((panel) => {
    const player = players.get(panel);
    if (player) player.destroy();
  });
});

if (document.readyState !== 'loading') mountAll(document);
