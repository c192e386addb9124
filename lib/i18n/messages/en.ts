/** English: the reference catalog. Every other language has exactly these keys (a unit test checks). */
export const en = {
  loading: 'Loading…',
  saving: 'Saving…',
  notInKb: "Not in Readout Lens's reference data yet — add a note",

  'kind.official': 'Official',
  'kind.agreement': 'Agreement / initiative',
  'kind.organization': 'Organization',
  'kind.event': 'Event',
  'kind.place': 'Place',
  'kind.other': 'Other',

  'date.proposed': 'Proposed',
  'date.launched': 'Launched',
  'date.signed': 'Signed',
  'date.inForce': 'In force',
  'date.ended': 'Ended',
  'date.founded': 'Founded',

  'facts.status': 'Status',
  'facts.parties': 'Parties',
  'stage.proposed': 'Proposed',
  'stage.launched': 'Launched',
  'stage.signed': 'Signed',
  'stage.inForce': 'In force',
  'stage.ended': 'No longer in force',

  'office.onDate': 'On {0}:',
  'office.inReadout': 'In this readout:',
  'office.noneOnRecord': 'no office on record for this date',
  'office.now': 'Now:',
  'office.same': 'the same office',
  'office.noEndRecorded': '{0} (no end date on record)',
  'office.left': 'left office on {0}',
  'office.unknownNow': 'no current office known',

  'card.close': 'Close',
  'card.yourNote': 'Your note',
  'card.priorReadouts': 'Prior readouts',
  'related.none': 'None in your archive yet.',

  'note.add': 'Add a note',
  'note.edit': 'Edit your note',
  'note.label': 'Note for your glossary',
  'note.save': 'Save note',
  'note.saved': 'Saved to your glossary.',
  'note.notSaved': 'Not saved: {0}',

  'body.EU': 'European Union',
  'body.UN': 'United Nations',
  'body.ASEAN': 'ASEAN',
  'body.AU': 'African Union',
  'body.NATO': 'NATO',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
