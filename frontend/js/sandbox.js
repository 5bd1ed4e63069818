// The sandbox editor: a Cytoscape canvas (pan, zoom, drag; links drawn with cytoscape-edgehandles) over a design
// document that the server keeps. Every change is saved as it happens (PUT of the whole document); the inspector
// is server-rendered and tells the page when it saved something. Undo and redo replay earlier documents.

import { Player } from './player.js';
import { CanvasStage } from './canvas-stage.js';

const root = document.querySelector('[data-sandbox]');
const sandboxId = root.dataset.sandbox;
const documentUrl = `/api/sandboxes/${sandboxId}`;
const canvas = document.getElementById('canvas');
const saveState = root.querySelector('[data-save-state]');
const undoButton = root.querySelector('[data-undo]');
const redoButton = root.querySelector('[data-redo]');

const TYPES = {
  client: { label: 'CLIENT', name: 'Client', colour: '#6b4fbb' },
  gateway: { label: 'API GATEWAY', name: 'API Gateway', colour: '#2450c7' },
  server: { label: 'SERVER', name: 'Server', colour: '#0f7b80' },
  loadbalancer: { label: 'LOAD BALANCER', name: 'Load Balancer', colour: '#5b6676' },
};
const HISTORY_LIMIT = 100;

let design = null;
let selectedId = null;
const undoStack = [];
const redoStack = [];
let saving = Promise.resolve();

const cy = cytoscape({
  container: canvas,
  minZoom: 0.3,
  maxZoom: 2.5,
  boxSelectionEnabled: false,
  style: [
    {
      selector: 'node[type]',
      style: {
        shape: 'round-rectangle',
        width: 156,
        height: 68,
        'background-color': '#ffffff',
        'border-width': 2,
        'border-color': '#d9dee5',
        label: (node) => [node.data('label'), node.data('downText') || node.data('loadText')]
          .filter(Boolean).join('\n'),
        'text-wrap': 'wrap',
        'text-max-width': 140,
        'text-valign': 'center',
        'font-family': 'system-ui, sans-serif',
        'font-size': 13,
        color: '#1c2430',
      },
    },
    { selector: 'node[type = "client"]', style: { 'border-color': TYPES.client.colour } },
    { selector: 'node[type = "gateway"]', style: { 'border-color': TYPES.gateway.colour } },
    { selector: 'node[type = "server"]', style: { 'border-color': TYPES.server.colour } },
    { selector: 'node[type = "loadbalancer"]', style: { 'border-color': TYPES.loadbalancer.colour } },
    { selector: 'node.load-calm', style: { 'background-color': '#e5f5ea' } },
    { selector: 'node.load-busy', style: { 'background-color': '#fdf1dc' } },
    { selector: 'node.load-hot', style: { 'background-color': '#fde8e6' } },
    {
      selector: 'node.down',
      style: { 'border-style': 'dashed', 'background-color': '#f0f2f5', color: '#4e5968', opacity: 0.8 },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'overlay-opacity': 0.08, 'overlay-color': '#2450c7' } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': '#98a3b3',
        'target-arrow-color': '#98a3b3',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
      },
    },
    { selector: 'edge.active', style: { width: 4, 'line-color': '#2450c7', 'target-arrow-color': '#2450c7' } },
    { selector: 'edge:selected', style: { 'line-color': '#2450c7', 'target-arrow-color': '#2450c7' } },
    {
      selector: 'node.packet',
      style: { width: 16, height: 16, shape: 'ellipse', 'background-color': 'data(colour)', 'border-width': 2,
        'border-color': '#ffffff', label: '', events: 'no' },
    },
    {
      selector: 'node.decision',
      style: { shape: 'round-rectangle', width: 'data(width)', height: 22, label: 'data(label)',
        'text-valign': 'center', 'font-family': 'ui-monospace, monospace', 'font-size': 12, 'font-weight': 700,
        color: 'data(colour)', 'background-color': '#ffffff', 'border-width': 1.5, 'border-color': 'data(colour)',
        events: 'no' },
    },
    { selector: '.eh-handle', style: { 'background-color': '#2450c7', width: 14, height: 14, shape: 'ellipse' } },
    { selector: '.eh-ghost-edge', style: { 'line-style': 'dashed', 'line-color': '#2450c7' } },
    { selector: '.eh-preview', style: { 'line-color': '#2450c7', 'target-arrow-color': '#2450c7' } },
    { selector: '.eh-hover', style: { 'border-color': '#2450c7', 'border-width': 4 } },
  ],
});

const edgehandles = cy.edgehandles({
  canConnect: (source, target) => !source.same(target) && !target.hasClass('transient')
    && cy.getElementById(`${source.id()}->${target.id()}`).empty(),
  edgeParams: (source, target) => ({ data: { id: `${source.id()}->${target.id()}`, source: source.id(),
    target: target.id() } }),
  snap: true,
  hoverDelay: 100,
});

const player = new Player(root.querySelector('[data-player]'), {
  stage: new CanvasStage(cy),
  design: { version: 1, nodes: [], links: [] },
  names: {},
  onFinished: () => checkGoals(),
});

/** An exercise sandbox grades every finished run against the lesson's goals (server-rendered). */
function checkGoals() {
  if (document.getElementById('goals')) {
    htmx.ajax('GET', `/sandbox/${sandboxId}/goals?evaluate=1`, { target: '#goals', swap: 'innerHTML' });
  }
}

// ---- The document: load, show, save ----

async function load() {
  const response = await fetch(documentUrl);
  if (!response.ok) throw new Error(`The sandbox could not be loaded (${response.status})`);
  const document = await response.json();
  shownRevision = (response.headers.get('ETag') || '').replaceAll('"', '');
  return document;
}

/** The saved revision the canvas shows: tests and the player can tell when the page has caught up. */
let shownRevision = '';

function markRevision() {
  root.dataset.revision = shownRevision;
}

function show(next) {
  design = next;
  const names = Object.fromEntries(design.nodes.map((node) => [node.id, node.name]));
  const wanted = new Set();
  design.nodes.forEach((node, index) => {
    wanted.add(node.id);
    const data = { id: node.id, type: node.type, label: label(node) };
    const position = { x: node.x ?? 120 + (index % 4) * 200, y: node.y ?? 120 + Math.floor(index / 4) * 140 };
    const existing = cy.getElementById(node.id);
    if (existing.empty()) {
      cy.add({ group: 'nodes', data, position });
    } else {
      existing.data(data);
      if (!existing.grabbed()) existing.position(position);
    }
  });
  design.links.forEach((link) => {
    const id = `${link.from}->${link.to}`;
    wanted.add(id);
    if (cy.getElementById(id).empty()) {
      cy.add({ group: 'edges', data: { id, source: link.from, target: link.to } });
    }
  });
  cy.elements().forEach((element) => {
    if (!element.hasClass('transient') && !element.hasClass('eh-handle') && !element.hasClass('eh-ghost')
        && !element.hasClass('eh-preview') && !wanted.has(element.id())) {
      element.remove();
    }
  });
  root.querySelector('[data-design-name]').value = design.name || 'Untitled design';
  canvas.dataset.emptyHint = String(design.nodes.length === 0);
  player.setDesign(design, names);
  updateHistoryButtons();
  markRevision();
}

function label(node) {
  const lines = [TYPES[node.type] ? TYPES[node.type].label : node.type.toUpperCase(), node.name];
  if (node.type === 'server' && node.pool) lines.push(node.pool);
  return lines.join('\n');
}

/**
 * Saves a new document. With record, the document it replaces goes on the undo stack. With change (the edit that
 * made the document, as a function of a document), a save that lost a race is made again on top of what is saved
 * now: an inspector save that landed a moment earlier is kept, and so is this edit.
 */
function save(next, { record = true, change = null } = {}) {
  const previous = JSON.stringify(design);
  saving = saving.then(async () => {
    setSaveState('Saving…');
    let saved = next;
    let replaced = previous;
    let { response, body } = await put(saved);
    if (response.status === 412 && change) {
      const latest = await load();
      replaced = JSON.stringify(latest);
      saved = change(copyOf(latest));
      if (saved) ({ response, body } = await put(saved));
    }
    if (response.status === 412 || !saved) {
      await showChangedElsewhere();
      return false;
    }
    if (!response.ok) {
      setSaveState(`Not saved: ${describeErrors(body)}`, true);
      show(JSON.parse(previous));
      return false;
    }
    if (record) remember(replaced);
    shownRevision = String(body.revision);
    show(saved);
    setSaveState('All changes saved');
    announceChange('canvas');
    if (selectedId && design.nodes.some((node) => node.id === selectedId)) refreshInspector();
    return true;
  }).catch((error) => setSaveState(`Not saved: ${error.message}`, true));
  return saving;
}

async function put(document) {
  const response = await fetch(documentUrl, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...overShownRevision() },
    body: JSON.stringify(document),
  });
  return { response, body: await response.json().catch(() => ({})) };
}

/** Makes an edit (a function from a document to the edited copy, or null for no change) and saves it. */
function edit(change) {
  const next = change(copyOf(design));
  return next ? save(next, { change }) : Promise.resolve(false);
}

/**
 * Saves name the revision they were made on, so a change saved meanwhile (in another tab, say) is never silently
 * overwritten: the server refuses with 412 instead.
 */
function overShownRevision() {
  return shownRevision ? { 'If-Match': `"${shownRevision}"` } : {};
}

/** Something else saved first: show what is saved now and say that the last change did not go in. */
async function showChangedElsewhere() {
  show(await load());
  announceChange('reload');
  setSaveState('Not saved: the sandbox changed while you made this change (in the inspector or another tab).'
    + ' It now shows the saved version; make your change again.', true);
}

function remember(previous) {
  undoStack.push(previous);
  if (undoStack.length > HISTORY_LIMIT) undoStack.shift();
  redoStack.length = 0;
}

function describeErrors(body) {
  const errors = (body && body.errors) || [];
  return errors.map((error) => `${error.field}: ${error.message}`).join('; ') || 'the server refused the change';
}

function setSaveState(text, failed = false) {
  saveState.textContent = text;
  saveState.classList.toggle('failed', failed);
}

/** Lets the server-rendered fragments (node list, problems) refresh themselves. */
function announceChange(source) {
  document.body.dispatchEvent(new CustomEvent('sandbox-changed', { detail: { source } }));
}

function copyOf(document) {
  return JSON.parse(JSON.stringify(document));
}

// ---- Editing ----

function addNode(type, position) {
  let id;
  edit((next) => {
    id = uniqueId(type, next);
    const sameType = next.nodes.filter((node) => node.type === type).length;
    const node = {
      id,
      type,
      name: sameType === 0 ? TYPES[type].name : `${TYPES[type].name} ${sameType + 1}`,
      x: Math.round(position.x),
      y: Math.round(position.y),
    };
    if (type === 'client') node.requests = [{ method: 'GET', path: '/' }];
    next.nodes.push(node);
    return next;
  }).then((saved) => {
    if (!saved) return;
    select(id);
    keepInView(id);
  });
}

function uniqueId(type, document) {
  const taken = new Set(document.nodes.map((node) => node.id));
  for (let n = 1; ; n++) {
    const id = `${type}-${n}`;
    if (!taken.has(id)) return id;
  }
}

function removeNode(id) {
  edit((next) => {
    next.nodes = next.nodes.filter((node) => node.id !== id);
    next.links = next.links.filter((link) => link.from !== id && link.to !== id);
    return next;
  }).then(() => select(null));
}

function removeLink(edgeId) {
  const [from, to] = edgeId.split('->');
  edit((next) => {
    next.links = next.links.filter((link) => !(link.from === from && link.to === to));
    return next;
  });
}

function moveNode(id, position) {
  const x = Math.round(position.x);
  const y = Math.round(position.y);
  edit((next) => {
    const node = next.nodes.find((candidate) => candidate.id === id);
    // A click can end a "drag" that moved nothing: saving it would reset the run the click just started.
    if (!node || (node.x === x && node.y === y)) return null;
    node.x = x;
    node.y = y;
    return next;
  });
}

const COLUMNS = { client: 120, gateway: 360, loadbalancer: 360, server: 600 };

/** Where a component added without a drop point goes: its type's column, below the nodes already there. */
function nextFreeSpot(type) {
  const x = COLUMNS[type];
  const taken = design.nodes.filter((node) => Math.abs((node.x ?? 0) - x) < 80).map((node) => node.y ?? 0);
  let y = 100;
  while (taken.some((other) => Math.abs(other - y) < 90)) y += 110;
  return { x, y };
}

/** Brings a node into view without moving the picture when it is already visible. */
function keepInView(id) {
  const node = cy.getElementById(id);
  const extent = cy.extent();
  const box = node.boundingBox();
  if (box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2) {
    cy.stop();
    cy.fit(cy.nodes('[type]'), 40);
  }
}

function select(id) {
  selectedId = id;
  cy.nodes().unselect();
  refreshInspector();
  if (id) cy.getElementById(id).select();
}

function refreshInspector() {
  const url = selectedId
    ? `/sandbox/${sandboxId}/inspector?node=${encodeURIComponent(selectedId)}`
    : `/sandbox/${sandboxId}/inspector`;
  htmx.ajax('GET', url, { target: '#inspector', swap: 'innerHTML' });
}

// ---- Undo and redo ----

function undo() {
  if (undoStack.length === 0) return;
  const target = undoStack.pop();
  redoStack.push(JSON.stringify(design));
  restore(target);
}

function redo() {
  if (redoStack.length === 0) return;
  const target = redoStack.pop();
  undoStack.push(JSON.stringify(design));
  restore(target);
}

function restore(documentText) {
  save(JSON.parse(documentText), { record: false }).then(() => {
    const stillThere = selectedId && design.nodes.some((node) => node.id === selectedId);
    select(stillThere ? selectedId : null);
  });
}

function updateHistoryButtons() {
  undoButton.disabled = undoStack.length === 0;
  redoButton.disabled = redoStack.length === 0;
}

// ---- Canvas events ----

cy.on('tap', 'node[type]', (event) => {
  const node = event.target;
  select(node.id());
  // The lesson's step-by-step: clicking a client simulates its requests.
  if (node.data('type') === 'client') player.replay();
});

cy.on('tap', (event) => {
  if (event.target === cy) select(null);
});

cy.on('dragfree', 'node[type]', (event) => moveNode(event.target.id(), event.target.position()));

cy.on('ehcomplete', (event, source, target, addedEdge) => {
  addedEdge.remove();
  const from = source.id();
  const to = target.id();
  edit((next) => {
    if (!next.nodes.some((node) => node.id === from) || !next.nodes.some((node) => node.id === to)) return null;
    next.links.push({ from, to });
    return next;
  });
});

// A round handle beside the hovered node starts a link: drag it onto another node. The handle is only drawn
// over the canvas; the gesture itself is Cytoscape's, since edgehandles follows Cytoscape's own drag events.
const handle = document.createElement('span');
handle.className = 'connect-handle';
handle.setAttribute('aria-hidden', 'true');
handle.hidden = true;
canvas.parentElement.append(handle);
const HANDLE_RADIUS = 12;
let handleNode = null;
let drawingFrom = null;

function handleCentre(node) {
  const box = node.renderedBoundingBox();
  return { x: box.x2 + 10, y: (box.y1 + box.y2) / 2 };
}

function placeHandle(node) {
  handleNode = node;
  const centre = handleCentre(node);
  handle.style.left = `${canvas.offsetLeft + centre.x - 9}px`;
  handle.style.top = `${canvas.offsetTop + centre.y - 9}px`;
  handle.hidden = false;
}

cy.on('mouseover', 'node[type]', (event) => placeHandle(event.target));
cy.on('pan zoom drag', () => { if (handleNode && handleNode.inside()) placeHandle(handleNode); });
cy.on('remove', (event) => { if (handleNode && event.target.same(handleNode)) handle.hidden = true; });

cy.on('tapstart', (event) => {
  if (!handleNode || handle.hidden || !handleNode.inside()) return;
  const centre = handleCentre(handleNode);
  const at = event.renderedPosition;
  if (Math.hypot(at.x - centre.x, at.y - centre.y) > HANDLE_RADIUS) return;
  drawingFrom = handleNode;
  cy.userPanningEnabled(false);
  edgehandles.start(drawingFrom);
});

cy.on('tapend', () => {
  if (!drawingFrom) return;
  drawingFrom = null;
  cy.userPanningEnabled(true);
});

// ---- Palette: drag onto the canvas, or press to add in the middle ----

root.querySelectorAll('[data-add]').forEach((item) => {
  item.addEventListener('click', () => addNode(item.dataset.add, nextFreeSpot(item.dataset.add)));
  item.addEventListener('dragstart', (event) => {
    event.dataTransfer.setData('application/x-switchboard-node', item.dataset.add);
    event.dataTransfer.effectAllowed = 'copy';
  });
});

canvas.addEventListener('dragover', (event) => {
  if (event.dataTransfer.types.includes('application/x-switchboard-node')) event.preventDefault();
});

canvas.addEventListener('drop', (event) => {
  const type = event.dataTransfer.getData('application/x-switchboard-node');
  if (!TYPES[type]) return;
  event.preventDefault();
  const rect = canvas.getBoundingClientRect();
  const pan = cy.pan();
  const zoom = cy.zoom();
  addNode(type, { x: (event.clientX - rect.left - pan.x) / zoom, y: (event.clientY - rect.top - pan.y) / zoom });
});

// ---- Keyboard ----

canvas.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const key = event.key;
  const shortcuts = { c: 'client', g: 'gateway', s: 'server', l: 'loadbalancer' };
  if (shortcuts[key.toLowerCase()]) {
    addNode(shortcuts[key.toLowerCase()], nextFreeSpot(shortcuts[key.toLowerCase()]));
  } else if ((key === 'Delete' || key === 'Backspace') && selectedId) {
    removeNode(selectedId);
  } else if ((key === 'Delete' || key === 'Backspace') && cy.edges(':selected').nonempty()) {
    removeLink(cy.edges(':selected')[0].id());
  } else if (key.startsWith('Arrow') && !selectedId) {
    // Nothing selected: the arrows pan the view, as dragging the background does.
    const step = event.shiftKey ? 120 : 40;
    const delta = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[key];
    cy.panBy({ x: delta[0], y: delta[1] });
  } else if (key.startsWith('Arrow') && selectedId) {
    const step = event.shiftKey ? 50 : 10;
    const node = cy.getElementById(selectedId);
    const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
    moveNode(selectedId, { x: node.position('x') + delta[0], y: node.position('y') + delta[1] });
  } else if (key === '+' || key === '=') {
    zoom(1.2);
  } else if (key === '-') {
    zoom(1 / 1.2);
  } else if (key === '0') {
    cy.fit(undefined, 40);
  } else {
    return;
  }
  event.preventDefault();
});

document.addEventListener('keydown', (event) => {
  const typing = event.target.closest && event.target.closest('input, textarea, select, [contenteditable]');
  if (typing || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' && event.key !== 'y') return;
  event.preventDefault();
  if (event.key === 'y' || event.shiftKey) redo();
  else undo();
});

function zoom(factor) {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 } });
}

// ---- Toolbar ----

undoButton.addEventListener('click', undo);
redoButton.addEventListener('click', redo);
root.querySelector('[data-zoom="in"]').addEventListener('click', () => zoom(1.2));
root.querySelector('[data-zoom="out"]').addEventListener('click', () => zoom(1 / 1.2));
root.querySelector('[data-zoom="fit"]').addEventListener('click', () => cy.fit(undefined, 40));
root.querySelector('[data-run]').addEventListener('click', () => player.replay());

root.querySelector('[data-design-name]').addEventListener('change', (event) => {
  const name = event.target.value.trim();
  if (!name || name === design.name) return;
  edit((next) => ({ ...next, name }));
});

root.querySelector('[data-switch]').addEventListener('change', (event) => {
  window.location.href = `/sandbox/${encodeURIComponent(event.target.value)}`;
});

root.querySelector('[data-share]').addEventListener('click', async () => {
  await saving;
  const response = await fetch(`/api/sandboxes/${sandboxId}/share`, { method: 'POST' });
  const body = await response.json();
  if (!response.ok) {
    setSaveState(`Not shared: ${describeErrors(body)}`, true);
    return;
  }
  const link = root.querySelector('[data-share-link]');
  link.href = body.url;
  link.textContent = new URL(body.url, window.location.origin).href;
  root.querySelector('[data-share-result]').hidden = false;
});

root.querySelector('[data-copy-link]').addEventListener('click', async (event) => {
  const link = root.querySelector('[data-share-link]').textContent;
  try {
    await navigator.clipboard.writeText(link);
    event.target.textContent = 'Copied';
  } catch (error) {
    event.target.textContent = 'Select the link to copy it';
  }
});

root.querySelector('[data-import]').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  event.target.value = '';
  if (!file) return;
  const errorsBox = root.querySelector('[data-import-errors]');
  errorsBox.hidden = true;
  let imported;
  try {
    imported = JSON.parse(await file.text());
  } catch (error) {
    showImportErrors(errorsBox, [{ field: file.name, message: `is not valid JSON (${error.message})` }]);
    return;
  }
  const response = await fetch(documentUrl, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...overShownRevision() },
    body: JSON.stringify(imported),
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 412) {
    await showChangedElsewhere();
    return;
  }
  if (!response.ok) {
    showImportErrors(errorsBox, body.errors || [{ field: 'file', message: `refused (${response.status})` }]);
    return;
  }
  remember(JSON.stringify(design));
  show(await load());
  cy.fit(undefined, 40);
  select(null);
  setSaveState(`Imported ${file.name}`);
  announceChange('import');
});

function showImportErrors(box, errors) {
  const heading = document.createElement('p');
  heading.textContent = 'The file was not imported; nothing changed. Problems:';
  const list = document.createElement('ul');
  errors.forEach((error) => {
    const item = document.createElement('li');
    item.textContent = `${error.field}: ${error.message}`;
    list.append(item);
  });
  box.replaceChildren(heading, list);
  box.hidden = false;
}

// Buttons in the node list and the problem list select their node.
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('[data-select-node]');
  if (!button) return;
  const id = button.dataset.selectNode;
  select(id);
  if (cy.getElementById(id).nonempty()) keepInView(id);
});

// The inspector saved a change: show the saved document and remember the one before it.
// It takes its turn with the canvas's saves, so the two never show documents out of order.
document.body.addEventListener('sandbox-changed', (event) => {
  if (!event.detail || event.detail.source !== 'inspector') return;
  saving = saving.then(async () => {
    const previous = JSON.stringify(design);
    const next = await load();
    if (JSON.stringify(next) === previous) {
      markRevision();
      return;
    }
    remember(previous);
    show(next);
    setSaveState('All changes saved');
    if (selectedId && !next.nodes.some((node) => node.id === selectedId)) selectedId = null;
  }).catch((error) => setSaveState(`Not saved: ${error.message}`, true));
});

window.addEventListener('pagehide', () => player.destroy());

// ---- Start ----

load().then((document) => {
  show(document);
  if (document.nodes.length > 0) cy.fit(undefined, 40);
  else cy.zoom(1).center();
}).catch((error) => setSaveState(error.message, true));
