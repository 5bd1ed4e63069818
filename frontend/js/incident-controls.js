// "Take down" and "Bring back" for every server and load balancer of the design, under the player. A click posts
// an incident to the live run; the list and the drawing then show which nodes are down at the frame being played.

export class IncidentControls {
  /**
   * @param {HTMLElement} root            the [data-incidents] element
   * @param {(node: string, down: boolean) => void} onToggle
   */
  constructor(root, onToggle) {
    this.root = root;
    this.onToggle = onToggle;
    this.rows = new Map();
  }

  /** One row a server or load balancer; the list stays hidden for designs without any. */
  setDesign(design) {
    this.rows.clear();
    const targets = design.nodes.filter((node) => node.type === 'server' || node.type === 'loadbalancer');
    const list = document.createElement('ul');
    list.className = 'incident-list';
    targets.forEach((node) => list.append(this.row(node)));
    const heading = document.createElement('p');
    heading.className = 'incident-heading';
    heading.textContent = 'Failures: take a server down while the run plays';
    this.root.replaceChildren(heading, list);
    this.root.hidden = targets.length === 0;
  }

  row(node) {
    const item = document.createElement('li');
    item.className = 'incident-row';
    item.dataset.node = node.id;
    const name = document.createElement('span');
    name.className = 'incident-name';
    name.textContent = node.name;
    const state = document.createElement('span');
    state.className = 'incident-state';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button incident-button';
    button.dataset.incident = node.id;
    button.addEventListener('click', () => this.onToggle(node.id, button.dataset.down !== 'true'));
    item.append(name, state, button);
    this.rows.set(node.id, { item, state, button, name: node.name });
    return item;
  }

  /**
   * @param {Set<string>} down  ids of the nodes down now
   * @param {boolean} live      whether a run exists to take incidents
   */
  show(down, live) {
    this.rows.forEach((row, id) => {
      const isDown = down.has(id);
      row.item.classList.toggle('down', isDown);
      row.state.textContent = isDown ? 'DOWN' : 'up';
      row.button.dataset.down = String(isDown);
      row.button.textContent = isDown ? 'Bring back' : 'Take down';
      row.button.setAttribute('aria-label', `${isDown ? 'Bring back' : 'Take down'} ${row.name}`);
      row.button.disabled = !live;
      row.button.title = live ? '' : 'Press Play or Step first: a failure happens during a run';
    });
  }
}

/** The nodes down at simulated time {@code time}: those the design starts down, then every incident up to then. */
export function downAt(design, incidents, time) {
  const down = new Set(design.nodes.filter((node) => node.down === true).map((node) => node.id));
  incidents.filter((incident) => incident.time <= time).forEach((incident) => {
    if (incident.down) down.add(incident.nodeId); else down.delete(incident.nodeId);
  });
  return down;
}
