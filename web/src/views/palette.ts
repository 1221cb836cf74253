/**
 * The views' colours and node shapes per code, shared by the timeline (bars, swatches) and the graph. Every fill
 * carries white text at a contrast of at least 4.5:1 (WCAG AA), so a label may sit on it.
 */
import type { Css } from 'cytoscape';
import type { EntityKind, EventType } from './types.js';

export const EVENT_TYPE_COLOUR: Readonly<Record<EventType, string>> = {
  SELECTED_TO_HOST: '#6d28d9',
  MULTILATERAL_MEETING: '#1d4ed8',
  OFFICIAL_VISIT: '#0e7490',
  HONOUR_AWARDED: '#92400e',
  INTELLIGENCE_SHARED: '#047857',
  JUDICIAL_COOPERATION: '#4338ca',
  SECURITY_ASSISTANCE: '#166534',
  ARREST: '#b91c1c',
  PLOT_DISRUPTED: '#9a3412',
  PROGRAMME_PARTICIPATION: '#be185d',
};

export const ENTITY_KIND_COLOUR: Readonly<Record<EntityKind, string>> = {
  PERSON: '#1e40af',
  ORGANIZATION: '#0f766e',
  CRIMINAL_GROUP: '#991b1b',
  COUNTRY: '#3f6212',
  CITY: '#4d7c0f',
  REGION: '#365314',
  AWARD: '#92400e',
  THREAT: '#7f1d1d',
  MAJOR_EVENT: '#5b21b6',
  AFFAIR: '#374151',
  GROUP: '#1e3a8a',
};

/** Cytoscape node shapes: entity kinds differ by shape as well as colour (colour is never the only cue). */
export const ENTITY_KIND_SHAPE: Readonly<Record<EntityKind, Css.NodeShape>> = {
  PERSON: 'ellipse',
  ORGANIZATION: 'round-rectangle',
  CRIMINAL_GROUP: 'octagon',
  COUNTRY: 'hexagon',
  CITY: 'barrel',
  REGION: 'round-pentagon',
  AWARD: 'star',
  THREAT: 'triangle',
  MAJOR_EVENT: 'round-tag',
  AFFAIR: 'rhomboid',
  GROUP: 'cut-rectangle',
};

/** Every event, whatever its type, is a diamond: events and entities are told apart at a glance. */
export const EVENT_SHAPE: Css.NodeShape = 'round-diamond';

export const NEUTRAL_COLOUR = '#4b5563';

export function kindColour(nodeType: 'ENTITY' | 'EVENT', kind: string | null): string {
  const table: Readonly<Record<string, string>> = nodeType === 'EVENT' ? EVENT_TYPE_COLOUR : ENTITY_KIND_COLOUR;
  return (kind && table[kind]) || NEUTRAL_COLOUR;
}

export function kindShape(nodeType: 'ENTITY' | 'EVENT', kind: string | null): Css.NodeShape {
  if (nodeType === 'EVENT') return EVENT_SHAPE;
  const table: Readonly<Record<string, Css.NodeShape>> = ENTITY_KIND_SHAPE;
  return (kind && table[kind]) || 'ellipse';
}
