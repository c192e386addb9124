/**
 * The readout's participants as highlighted officials. The extractor reads who met whom off the
 * title grammar ("Undersecretary of State … of Poland Jan Kowalski"), also for people the
 * knowledge base and the recognizer's name patterns miss; their names in the article are then
 * painted and listed like any other official, with the office and country the page gives.
 */
import type { FoundEntity, Mention, Participant, Readout } from '../model';
import type { Recognition, Recognizer } from '../recognize';
import type { FirstPersonAuthor } from './types';
import { foldKey } from '../recognize/fold';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Offsets of `name` in `text`; Latin names only between word boundaries. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  const bounded = !CJK.test(name);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (bounded && (isWordChar(text[at - 1]) || isWordChar(text[at + name.length]))) continue;
    found.push(at);
  }
  return found;
}

function overlapsAny(mentions: readonly Mention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

/**
 * `recognition` plus the participants' names in `text` where nothing else was found there.
 * A participant the recognizer already knows (by name or surface) keeps that entity's key.
 */
export function withParticipantMentions(
  recognition: Recognition,
  text: string,
  participants: readonly Participant[],
): Recognition {
  const mentions = [...recognition.mentions];
  const entities = recognition.entities.map((e) => ({ ...e, surfaces: [...e.surfaces] }));
  for (const p of participants) {
    const name = p.name.trim();
    if (name.length < 2) continue;
    const folded = foldKey(name);
    let entity = entities.find(
      (e) => e.kind === 'official' && [e.name, ...e.surfaces].some((s) => foldKey(s) === folded),
    );
    for (const start of occurrences(text, name)) {
      const end = start + name.length;
      if (overlapsAny(mentions, start, end)) continue;
      if (!entity) {
        entity = newOfficial(folded, name, p);
        entities.push(entity);
      }
      mentions.push({ start, end, key: entity.key, surface: name });
      entity.mentions += 1;
      if (!entity.surfaces.includes(name)) entity.surfaces.push(name);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function newOfficial(folded: string, name: string, p: Participant): FoundEntity {
  const entity: FoundEntity = {
    key: `pattern:${folded}`,
    kind: 'official',
    name,
    id: null,
    surfaces: [],
    mentions: 0,
  };
  if (p.title) {
    entity.role = p.title;
    entity.titleInText = p.title;
  }
  if (p.country) entity.country = p.country;
  return entity;
}

/**
 * A first-person readout ("Today I met …") with its author as the first participant: the KB
 * person the page's name for them resolves to, else whoever held the office on the page's date;
 * with the page's name alone when the KB does not know them. The author is listed among the
 * page's officials (their name is not in the text, so nothing is painted) and `authorKey` is
 * theirs, for the archive's participants.
 */
export function withFirstPersonAuthor(
  readout: Readout,
  recognition: Recognition,
  author: FirstPersonAuthor | null,
  recognizer: Recognizer,
): { readout: Readout; recognition: Recognition; authorKey: string | null } {
  if (!author) return { readout, recognition, authorKey: null };
  const known = recognizer.officeHolder({
    kind: author.officeKind,
    country: author.country,
    date: readout.date,
    ...(author.name ? { name: author.name } : {}),
  });
  const name = known?.name ?? author.name;
  if (!name) return { readout, recognition, authorKey: null };
  const participant: Participant = { name, title: known?.role ?? author.title, country: author.country };
  const already = recognition.entities.find((e) => e.key === known?.key);
  const entity = already ?? known ?? newOfficial(foldKey(name), name, participant);
  return {
    readout: { ...readout, participants: [participant, ...readout.participants] },
    recognition: already ? recognition : { ...recognition, entities: [entity, ...recognition.entities] },
    authorKey: entity.key,
  };
}
