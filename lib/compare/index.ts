/** Both sides' readouts of one meeting: grouping, comparison, alignment, topics. */
export {
  compareReadouts,
  namesOf,
  type Comparison,
  type Side,
  type ItemLists,
  type NameLists,
} from './compare';
export {
  groupMeetings,
  sameMeeting,
  meetingKind,
  ministryCountry,
  type ComparableReadout,
  type MeetingKind,
} from './meeting';
export { alignSentences, type AlignedPair } from './align';
export { sentencesOf, splitSentences, type Sentence } from './sentences';
export { TOPICS, WORDING, topicsMatcher, topicName } from './term-lists';
