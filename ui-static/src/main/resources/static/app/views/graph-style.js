// How the link chart looks: shapes and colours per type, borders per role, each link's type and TLP written on it,
// and the Cytoscape elements built from the API's nodes, facts and "and N more" summaries.

import { words } from '../ui.js';

export const LABELS = {
  Person: { shape: 'ellipse', colour: '#4e79a7', word: 'person' },
  Organisation: { shape: 'hexagon', colour: '#9c755f', word: 'organisation' },
  Location: { shape: 'diamond', colour: '#59a14f', word: 'place' },
  Phone: { shape: 'round-rectangle', colour: '#f28e2b', word: 'phone' },
  Vehicle: { shape: 'rectangle', colour: '#499894', word: 'vehicle' },
  Document: { shape: 'tag', colour: '#b07aa1', word: 'document' },
  Account: { shape: 'barrel', colour: '#d4a72c', word: 'account' },
  OnlineAccount: { shape: 'rhomboid', colour: '#e377c2', word: 'online account' },
  Incident: { shape: 'star', colour: '#e15759', word: 'incident' },
  Leg: { shape: 'vee', colour: '#8c8c8c', word: 'journey leg' },
  Report: { shape: 'round-tag', colour: '#6b6b6b', word: 'report' },
};

const FACILITATORS = new Set([
  'ORGANISER', 'RECRUITER', 'TRANSPORTER', 'DRIVER', 'GUIDE', 'HARBOURER', 'MONEY_HANDLER', 'DOCUMENT_FORGER', 'EXPLOITER',
]);
const PROTECTED = new Set(['VICTIM', 'SMUGGLED_MIGRANT']);

const TLP_COLOURS = { RED: '#c62828', 'AMBER+STRICT': '#b35c00', AMBER: '#d98c00', GREEN: '#2e7d32', CLEAR: '#757575' };
export const COMMUNITY_COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b2df8a', '#fb9a99'];

/** Relationship types one can expand by (design §3); POSSIBLY_SAME_AS is a suggestion, not a fact to follow. */
export const REL_TYPES = [
  'USES', 'CONTACTED', 'PAID', 'RECRUITED', 'TRANSPORTED', 'HARBOURED', 'EXPLOITED', 'MEMBER_OF', 'ASSOCIATE_OF',
  'INVOLVED_IN', 'OCCURRED_AT', 'ON_LEG', 'FROM', 'TO', 'VIA', 'MENTIONS', 'REPORTS', 'DESCRIBES',
];

export const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      'text-wrap': 'wrap',
      'text-max-width': 150,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      'min-zoomed-font-size': 7,
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(colour)',
      shape: 'data(shape)',
      'border-width': 1,
      'border-color': '#333333',
    },
  },
  { selector: 'node.facilitator', style: { 'border-width': 4, 'border-color': '#111111' } },
  { selector: 'node.protected', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#111111' } },
  { selector: 'node.minor', style: { 'border-style': 'double', 'border-width': 5 } },
  {
    selector: 'node.more',
    style: {
      shape: 'round-rectangle',
      'background-color': '#ffffff',
      'border-style': 'dashed',
      'border-width': 2,
      'border-color': '#555555',
      width: 24,
      height: 24,
      'font-style': 'italic',
    },
  },
  { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#333333', 'outline-style': 'dotted', 'outline-offset': 3 } },
  {
    selector: 'node:selected',
    style: { 'overlay-color': '#1f6feb', 'overlay-opacity': 0.3, 'overlay-padding': 8, 'font-weight': 'bold', 'z-index': 10 },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(display)',
      'font-size': 8,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
      'min-zoomed-font-size': 8,
      color: '#222222',
    },
  },
  { selector: 'edge.tlp-amber-strict', style: { 'line-style': 'dashed' } },
  { selector: 'edge.tlp-red', style: { width: 3 } },
  { selector: 'edge.more-link', style: { 'line-style': 'dotted', 'line-color': '#888888', 'target-arrow-shape': 'none', label: '' } },
  { selector: '.highlight', style: { 'underlay-color': '#ffbf47', 'underlay-opacity': 0.8, 'underlay-padding': 6, 'z-index': 9 } },
  { selector: 'edge.highlight', style: { width: 5 } },
  { selector: '.out-of-window', style: { display: 'none' } },
  { selector: 'node.by-community', style: { 'background-color': 'data(communityColour)' } },
];

export function labelOf(label) {
  return LABELS[label] ?? { shape: 'ellipse', colour: '#999999', word: words(label) };
}

export function rolesOf(node) {
  const roles = node.properties?.roles;
  return Array.isArray(roles) ? roles : [];
}

/** The text under a node: its caption, then what it is (and a person's roles), so the shape is not the only clue. */
export function display(node) {
  const roles = rolesOf(node);
  const kind = labelOf(node.label).word + (roles.length ? ' · ' + roles.map(words).join(', ') : '');
  return `${node.caption}\n${kind}`;
}

export function nodeElement(node) {
  const look = labelOf(node.label);
  const roles = rolesOf(node);
  const classes = [];
  if (roles.some((r) => FACILITATORS.has(r))) classes.push('facilitator');
  else if (roles.some((r) => PROTECTED.has(r))) classes.push('protected');
  if (node.properties?.minor) classes.push('minor');
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind: 'entity',
      label: node.label,
      caption: node.caption,
      properties: node.properties ?? {},
      display: display(node),
      shape: look.shape,
      colour: look.colour,
      size: 30,
    },
    classes: classes.join(' '),
  };
}

export function edgeElement(edge) {
  const tlp = edge.tlp ?? 'UNMARKED';
  return {
    group: 'edges',
    data: {
      ...edge,
      id: 'e:' + edge.id,
      factId: edge.id,
      kind: 'fact',
      colour: TLP_COLOURS[tlp] ?? '#444444',
      display: `${words(edge.type)} · TLP:${tlp}`,
    },
    classes: 'tlp-' + tlpKey(tlp),
  };
}

function tlpKey(tlp) {
  return String(tlp).toLowerCase().replace('+', '-');
}

export function moreElements(more) {
  const parts = Object.entries(more.byLabel ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${n} ${labelOf(label).word}`);
  return [
    {
      group: 'nodes',
      data: {
        id: 'more:' + more.id,
        kind: 'more',
        of: more.id,
        count: more.count,
        display: `and ${more.count} more` + (parts.length ? `\n(${parts.join(', ')})` : ''),
        size: 24,
        colour: '#ffffff',
        shape: 'round-rectangle',
      },
      classes: 'more',
    },
    { group: 'edges', data: { id: 'more-link:' + more.id, source: more.id, target: 'more:' + more.id, kind: 'more' }, classes: 'more-link' },
  ];
}
