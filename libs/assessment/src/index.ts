export * from './lib/types';
export { assessReport, weightedScore } from './lib/assess-report';
export { rankScores } from './lib/rank-scores';
export { quotedNumbers, QUOTED_TOPIC_CELLS, type QuotedNumber, type QuotedTopic } from './lib/quoted-numbers';
export { readNumber, normaliseSentence, sentencesOf, type Sentence } from './lib/text';
export { repeatedSentences, originalScore, ORIGINAL_SECTIONS, type Repetition } from './lib/indicators/original';
export { GENERIC_PHRASES } from './lib/indicators/specific';
export { RULE_INDICATOR } from './lib/indicators/rule-indicators';
export { assessedReportOf } from './lib/assessed-report-of';
