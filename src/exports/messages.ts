import type { UiLanguage } from '../domain/labels.js';

/**
 * The exports' own words (field names and notes around the data), in the three languages. Codes never appear in
 * an export's text: they are shown through the vocabulary (src/domain/labels.ts).
 */
export interface ExportMessages {
  /** The headline of a timeline, with or without the entity's name (already marked up). */
  timelineTitle(name: string | null): string;
  role: string;
  status: string;
  evidence: string;
  place: string;
  sourceDate: string;
  /** The note on the title slide listing the events the timeline cannot place. */
  undatedNote(count: number): string;
  /** "label: value", with the language's spacing before the colon. */
  field(name: string, value: string): string;
}

const colon = (space: string) => (name: string, value: string) => `${name}${space}: ${value}`;

export const EXPORT_MESSAGES: Readonly<Record<UiLanguage, ExportMessages>> = {
  ar: {
    timelineTitle: (name) => (name ? `${name}: الخط الزمني` : 'الخط الزمني'),
    role: 'الدور',
    status: 'الحالة',
    evidence: 'طبيعة الأدلة',
    place: 'المكان',
    sourceDate: 'التاريخ كما ورد في المصدر',
    undatedNote: (count) => `أحداث لا يذكر المصدر تاريخها، فلم توضع على الخط الزمني (${count}):`,
    field: colon(''),
  },
  fr: {
    timelineTitle: (name) => (name ? `${name}\u00a0: chronologie` : 'Chronologie'),
    role: 'Rôle',
    status: 'Statut',
    evidence: 'Nature des preuves',
    place: 'Lieu',
    sourceDate: 'Date selon la source',
    undatedNote: (count) => `Faits non datés par leurs sources, absents de la chronologie (${count})\u00a0:`,
    field: colon('\u00a0'),
  },
  en: {
    timelineTitle: (name) => (name ? `${name}: timeline` : 'Timeline'),
    role: 'Role',
    status: 'Status',
    evidence: 'Evidence',
    place: 'Place',
    sourceDate: 'Date in the source',
    undatedNote: (count) => `Events with no date in their sources, not placed on the timeline (${count}):`,
    field: colon(''),
  },
};
