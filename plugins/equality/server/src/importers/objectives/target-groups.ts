/**
 * The "Target group(s)" column onto TargetGroup: "Minority, marginalised and vulnerable students",
 * "Whole school and specifically BME /LGBT/SEND students", "Year 7-10", "Girls, Boys, EAL, SEND &
 * Disadvantaged students". Schools write "students" and "pupils" alike.
 */
import { TargetGroup, type TargetGroupValue } from '@equality-hub/domain';
import { matchPhrases, type PhraseMatch, type Phrases } from './match-phrases';

const PHRASES: Phrases<TargetGroupValue> = [
  ['vulnerable-pupils', /\bminority,? marginali[sz]ed,? (?:and|&) vulnerable\b|\bvulnerable\b|\bmarginali[sz]ed\b/],
  ['ethnic-minority-pupils', /\bbame\b|\bbme\b|\bethnic minorit(?:y|ies)\b|\bminority ethnic\b/],
  ['eal-pupils', /\beal\b|\benglish as an? additional language\b/],
  ['fsm-eligible-pupils', /\b(?:eligible for )?free school meals\b|\bfsm\b/],
  ['disadvantaged-pupils', /\bdisadvantaged\b|\bpupil premium(?: grant)?\b|\bppg?\b/],
  ['pupils-with-send', /\bspecial educational needs(?: and disabilit(?:y|ies))?\b|\bsend?\b|\bbesd\b|\bsemh\b|\bdisabilit(?:y|ies)\b|\bdisabled\b/],
  ['lgbt-pupils', /\blgbt[a-z]*\+?/],
  ['looked-after-children', /\blooked[- ]after(?: children)?\b|\blac\b|\bcla\b|\bchildren in care\b/],
  ['girls', /\bgirls\b|\bfemale (?:students|pupils)\b/],
  ['boys', /\bboys\b|\bmale (?:students|pupils)\b/],
  ['all-pupils', /\ball (?:pupils|students|children|learners|years|year groups)\b/],
  ['year-groups', /\byears? \d{1,2}(?:\s*(?:-|–|to|and|&|,)\s*\d{1,2})*\b|\bks ?\d\b|\bkey stage \d\b|\bsixth form\b|\bpost[- ]16\b|\breception\b|\beyfs\b/],
  ['whole-school', /\bwhole[- ]school(?: community)?\b/],
  ['leaders', /\b(?:senior )?leaders(?:hip)?\b|\bslt\b|\bgovernors?\b/],
  ['staff', /\bstaff\b|\bteachers\b|\bemployees\b/],
  ['job-applicants', /\b(?:job )?applicants\b|\bcandidates\b/],
  ['parents-and-carers', /\bparents?(?: (?:and|&) carers?)?\b|\bcarers?\b|\bfamilies\b/],
  ['faith-communities', /\bfaith communit(?:y|ies)\b|\bfaith groups?\b/],
  ['local-community', /\b(?:local|wider) community\b/],
];

const FILLER = new Set([
  'and', 'or', 'the', 'of', 'with', 'all', 'those', 'in', 'etc', 'eg', 'e', 'g', 'including',
  'specifically', 'particularly', 'especially', 'students', 'student', 'pupils', 'pupil', 'children', 'learners',
]);

export function mapTargetGroups(text: string): PhraseMatch<TargetGroupValue> {
  return matchPhrases(text, PHRASES, TargetGroup.values, FILLER);
}
