import type { Category } from './categories.js';
import type { EntityKind } from './seed-schema.js';

/**
 * How categories and entity kinds look, wherever the graph is drawn: the explorer (explore/) and
 * the server's exports (GEXF viz colours, for instance) read this one module, so a category has
 * one colour everywhere. Type-only imports keep it free of runtime dependencies, so the browser
 * bundle can take it as it is. The Record types make a new category or kind a compile error here
 * until it has a look.
 */

/** Categories that push one way share a hue family: pressure and conflict reds, support green. */
export const CATEGORY_COLOURS: Readonly<Record<Category, string>> = {
  PRESSURE: '#d62728',
  OPPOSITION: '#f0781e',
  CONFLICT: '#8b0000',
  SUPPORT: '#2ca02c',
  COMMUNICATION: '#1f77b4',
  AFFILIATION: '#8a8f98',
  CREATION: '#9467bd',
  TRANSACTION: '#a8a820',
  REGULATION: '#17a2b8',
  PARTICIPATION: '#8c564b',
  COMPETITION: '#e377c2',
};

/** Cytoscape shape names; GEXF's viz:shape has no equivalent, so exports use the colour only. */
export type KindShape = 'round-rectangle' | 'ellipse' | 'diamond' | 'rectangle' | 'hexagon' | 'star';

export interface KindStyle {
  colour: string;
  shape: KindShape;
  /** Singular, for legends and chips. */
  label: string;
}

export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  ORGANIZATION: { colour: '#3b6fb6', shape: 'round-rectangle', label: 'Organisation' },
  PERSON: { colour: '#e8871e', shape: 'ellipse', label: 'Person' },
  AI_MODEL: { colour: '#9b5fc0', shape: 'diamond', label: 'AI model' },
  CONTRACT: { colour: '#d4b000', shape: 'rectangle', label: 'Contract' },
  POLICY: { colour: '#2a9d8f', shape: 'hexagon', label: 'Policy' },
  EVENT: { colour: '#8d6e63', shape: 'star', label: 'Event' },
};

/** For a kind or category the palette does not know (an older client, a newer server). */
export const UNKNOWN_KIND: KindStyle = { colour: '#777777', shape: 'ellipse', label: 'Other' };
export const UNKNOWN_CATEGORY_COLOUR = '#999999';

export function categoryColour(category: string): string {
  return (CATEGORY_COLOURS as Record<string, string>)[category] ?? UNKNOWN_CATEGORY_COLOUR;
}

export function kindStyle(kind: string | null | undefined): KindStyle {
  return (KIND_STYLES as Record<string, KindStyle>)[kind ?? ''] ?? UNKNOWN_KIND;
}

/** Reliability chips: high green, medium amber, low red. */
export const RELIABILITY_COLOURS: Readonly<Record<'HIGH' | 'MEDIUM' | 'LOW', string>> = {
  HIGH: '#2ca02c',
  MEDIUM: '#c98a00',
  LOW: '#d62728',
};
