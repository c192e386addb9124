/**
 * Cheap readout detection by title and opening sentence, in the spirit of Readability's
 * `isProbablyReaderable`: a few regular expressions, no layout, no full-text pass.
 */

/** Titles of meetings, calls and talks, in the languages of the registry's sites. */
const READOUT_TITLE =
  /\b(?:meets?|met|meeting|talks?|calls?|phone|telephone|conversation|video ?conference|videoconference|virtual meeting|receives?|received|consultations?|dialogue|readout|read-out|entretien|s'entretient|rencontre|Treffen|Telefonat|Gespräch|trifft)\b|会见|会谈|会晤|通电话|通话|接见|視訊|회담|통화|면담|접견|会談|電話会談|表敬|会見|переговоры|встреч|беседа|телефонный разговор/i;

/** Titles that look like meetings but are not readouts: briefings, transcripts, statements, notices. */
const NOT_READOUT_TITLE =
  /\b(?:press conference|press briefing|briefing|remarks|transcript|interview|joint statement|statement by|fact sheet|press availability|op-ed|speech|visa|notice|travel advisory|vacanc(?:y|ies)|tender|recruitment|announcement)\b|记者会|答记者问|吹风会|签证|公告|通知|招聘|브리핑|기자회견|비자|공지|채용|記者会見|査証|ビザ|お知らせ|брифинг|пресс-конференц|виз[аы]/i;

/** An opening sentence that reports a meeting or call, for titles that do not say so. */
const READOUT_LEAD =
  /\b(?:met with|met today|held talks|holds talks|held a meeting|had a meeting|spoke (?:today |by phone )?with|held a (?:phone|telephone|video) call|had a (?:phone |telephone )?(?:call|conversation))\b|会见|会谈|通电话|회담을 가졌|통화를 가졌|会談を行|電話会談を行/i;

export function titleSaysReadout(title: string): boolean {
  return READOUT_TITLE.test(title) && !NOT_READOUT_TITLE.test(title);
}

export function titleSaysNotReadout(title: string): boolean {
  return NOT_READOUT_TITLE.test(title);
}

export function leadSaysReadout(lead: string): boolean {
  return READOUT_LEAD.test(lead.slice(0, 400));
}

/** A transcript: several question-and-answer turns. */
export function looksLikeTranscript(paragraphs: string[]): boolean {
  return (
    paragraphs.filter((p) => /^(?:Q|A|Question|Answer|问|答|Reporter|Journalist)\s*[:：]/.test(p)).length >= 2
  );
}
