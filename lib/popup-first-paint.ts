/**
 * The popup's first paint (entrypoints/popup-first-paint.ts): what the page already knows (its
 * kind, its title and the names it mentions, by kind) shown before the Preact view, its i18n
 * catalogs and its card code are loaded. Pure and small: no catalog module, no registry; the
 * labels come from a table of the few messages it needs (English here, the other languages read
 * from their packaged catalog files). The view then takes over the same root with the same
 * element classes, so the page's facts stay where they are.
 */
import type { FoundEntity, PageKind } from './model';
import type { PageAnalysis } from './page-analysis';

/** The popup root's `data-view` while the first paint is in it (the view sets `app`). */
export const FIRST_PAINT_VIEW = 'first-paint';

/** The messages the first paint shows (keys of lib/i18n/messages/en.ts). */
export const FIRST_PAINT_EN = {
  'popup.kind': 'Kind',
  'pageKind.readout': 'Readout',
  'pageKind.transcript': 'Press conference or briefing transcript',
  'pageKind.statement': 'Statement',
  'pageKind.announcement': 'Announcement',
  'pageKind.speech': 'Speech',
  'pageKind.listing': 'List of articles',
  'pageKind.other': 'Article',
  'popup.officials': 'Officials',
  'popup.agreements': 'Agreements and initiatives',
  'popup.organizations': 'Organizations',
  'popup.events': 'Events',
  'popup.places': 'Places',
  'popup.other': 'Other',
  'popup.related': 'Related prior readouts',
  loading: 'Loading…',
} as const;

export type FirstPaintKey = keyof typeof FIRST_PAINT_EN;
export type FirstPaintLabels = Record<FirstPaintKey, string>;

/** A catalog file's JSON as first-paint labels: its string values for these keys, else English. */
export function firstPaintLabels(json: unknown): FirstPaintLabels {
  const labels: FirstPaintLabels = { ...FIRST_PAINT_EN };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return labels;
  for (const key of Object.keys(FIRST_PAINT_EN) as FirstPaintKey[]) {
    const value = (json as Record<string, unknown>)[key];
    if (typeof value === 'string') labels[key] = value;
  }
  return labels;
}

/** The popup's entity groups in order, with their headings: the first paint and the view share it. */
export const ENTITY_GROUPS: { kind: FoundEntity['kind']; label: FirstPaintKey }[] = [
  { kind: 'official', label: 'popup.officials' },
  { kind: 'agreement', label: 'popup.agreements' },
  { kind: 'organization', label: 'popup.organizations' },
  { kind: 'event', label: 'popup.events' },
  { kind: 'place', label: 'popup.places' },
  { kind: 'other', label: 'popup.other' },
];

export interface FirstPaintModel {
  title: string;
  kindLabel: string;
  kind: string;
  groups: {
    kind: FoundEntity['kind'];
    heading: string;
    entities: { key: string; name: string; nativeName?: string }[];
  }[];
  relatedHeading: string;
  loading: string;
}

/** What the first paint shows for a page's analysis, in the labels' language. */
export function firstPaintModel(
  analysis: Pick<PageAnalysis, 'readout' | 'entities'>,
  labels: FirstPaintLabels,
): FirstPaintModel {
  const kindKey = `pageKind.${analysis.readout.pageKind satisfies PageKind}` as const;
  return {
    title: analysis.readout.title,
    kindLabel: labels['popup.kind'],
    kind: labels[kindKey],
    groups: ENTITY_GROUPS.map(({ kind, label }) => ({
      kind,
      heading: labels[label],
      entities: analysis.entities
        .filter((e) => e.kind === kind)
        .map((e) => ({ key: e.key, name: e.name, ...(e.nativeName ? { nativeName: e.nativeName } : {}) })),
    })).filter((g) => g.entities.length > 0),
    relatedHeading: labels['popup.related'],
    loading: labels.loading,
  };
}

/** The element tree a first paint is built from: tag, attributes, and text or children. */
export interface PaintNode {
  tag: string;
  attrs?: Record<string, string>;
  text?: string;
  /** Elements, and strings as text nodes. */
  children?: (PaintNode | string)[];
}

/**
 * The first paint as an element tree with the view's classes (header.readout, dd.page-kind,
 * section.entities.<kind>, section.related-section): entrypoints build it with textContent only.
 */
export function firstPaintTree(model: FirstPaintModel): PaintNode {
  return {
    tag: 'main',
    attrs: { 'aria-busy': 'true', 'data-first-paint': '' },
    children: [
      {
        tag: 'header',
        attrs: { class: 'readout' },
        children: [
          { tag: 'h1', attrs: { class: 'title' }, text: model.title },
          {
            tag: 'dl',
            attrs: { class: 'facts' },
            children: [
              { tag: 'dt', text: model.kindLabel },
              { tag: 'dd', attrs: { class: 'page-kind' }, text: model.kind },
            ],
          },
        ],
      },
      ...model.groups.map((group): PaintNode => ({
        tag: 'section',
        attrs: { 'aria-label': group.heading, class: `entities ${group.kind}` },
        children: [
          { tag: 'h2', text: group.heading },
          {
            tag: 'ul',
            children: group.entities.map((e): PaintNode => ({
              tag: 'li',
              attrs: { 'data-entity-key': e.key },
              children: [
                {
                  tag: 'details',
                  attrs: { class: 'entity' },
                  children: [
                    {
                      tag: 'summary',
                      children: [
                        { tag: 'strong', attrs: { class: 'name' }, text: e.name },
                        ...(e.nativeName
                          ? [' ', { tag: 'span', attrs: { class: 'native' }, text: e.nativeName }]
                          : []),
                      ],
                    },
                  ],
                },
              ],
            })),
          },
        ],
      })),
      {
        tag: 'section',
        attrs: { 'aria-label': model.relatedHeading, class: 'related-section' },
        children: [
          { tag: 'h2', text: model.relatedHeading },
          { tag: 'p', attrs: { 'aria-busy': 'true' }, text: model.loading },
        ],
      },
    ],
  };
}

/** Builds a tree as DOM in `doc`: attributes and textContent only, never markup from data. */
export function buildPaint(doc: Document, node: PaintNode | string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(buildPaint(doc, child));
  return element;
}
