// The why of a frame in words: a gateway's or load balancer's trace (routes weighed, policies, the pool and its
// pick) as a short list of sentences. Names come from designs people write, so text goes in through textContent.

const POLICY_NAMES = {
  methods: 'Methods',
  auth: 'Authentication',
  rateLimit: 'Gateway rate limit',
  routeRateLimit: 'Route rate limit',
  timeout: 'Timeout',
};

/**
 * @param {object} trace            the frame's trace (dev.switchboard.sim.Trace as JSON)
 * @param {(id: string) => string} nameOf  a node id to its display name
 * @returns {HTMLElement} a list, one sentence an item
 */
export function traceList(trace, nameOf) {
  const list = document.createElement('ul');
  list.className = 'trace';
  if (trace.path) list.append(item('trace-path', 'Path', trace.path + (trace.pathNote ? ` (${trace.pathNote})` : '')));
  if (!trace.path && trace.pathNote) list.append(item('trace-path', 'Path refused', trace.pathNote));
  (trace.routes || []).forEach((route) => list.append(routeItem(route)));
  if (trace.routes) {
    list.append(item('trace-chosen', 'Chosen', trace.chosen ? `${trace.chosen}: ${trace.chosenWhy}` : trace.chosenWhy));
  }
  (trace.policies || []).forEach((policy) => list.append(policyItem(policy)));
  if (trace.pool) list.append(poolItem(trace, nameOf));
  if (trace.pool) {
    list.append(item('trace-pick', 'Pick', trace.pick ? `${nameOf(trace.pick)}: ${trace.pickWhy}` : trace.pickWhy));
  }
  if (trace.decision) list.append(item('trace-decision', 'Decision', trace.decision));
  return list;
}

function routeItem(route) {
  const entry = item(`trace-route ${route.matched ? 'passed' : 'failed'}`, route.matched ? 'Matched' : 'No match',
    `${route.prefix} → ${route.pool}: ${route.why}`);
  entry.prepend(mark(route.matched));
  return entry;
}

function policyItem(policy) {
  const name = POLICY_NAMES[policy.policy] || policy.policy;
  const entry = item(`trace-policy ${policy.passed ? 'passed' : 'failed'}`,
    `${name} ${policy.passed ? 'passed' : 'refused'}`, policy.detail);
  entry.prepend(mark(policy.passed));
  return entry;
}

function poolItem(trace, nameOf) {
  const entry = item('trace-pool', 'Pool', `${trace.pool}${trace.strategy ? `, ${trace.strategy}` : ''}`);
  const members = document.createElement('ul');
  members.className = 'trace-members';
  (trace.members || []).forEach((member) => {
    const line = document.createElement('li');
    line.className = member.healthy ? 'healthy' : 'down';
    const weight = member.weight !== 1 ? `, weight ${member.weight}` : '';
    line.textContent = `${member.name || nameOf(member.node)}: ${member.healthy ? 'healthy' : 'down'}, `
      + `${member.active} active${weight}`;
    members.append(line);
  });
  if (members.children.length) entry.append(members);
  return entry;
}

function item(className, label, text) {
  const entry = document.createElement('li');
  entry.className = className;
  const strong = document.createElement('strong');
  strong.textContent = `${label}: `;
  entry.append(strong, document.createTextNode(text || ''));
  return entry;
}

/** ✓ or ✗ beside the words that say the same, so the mark is never the only sign. */
function mark(passed) {
  const symbol = document.createElement('span');
  symbol.className = 'trace-mark';
  symbol.setAttribute('aria-hidden', 'true');
  symbol.textContent = passed ? '✓' : '✗';
  return symbol;
}
