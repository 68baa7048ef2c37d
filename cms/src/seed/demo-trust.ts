/**
 * The demo trust: four academies shaped after the documents in shared/seeds (a Church of England
 * secondary, an alternative-provision mentoring centre, a federation of primaries and a trust primary),
 * each with a plan, its objectives, a statement and a year of equality information (St George's two), and
 * the Trust's five objectives with every academy's contribution. Two objectives and the Trust's gender pay
 * gap objective take their values from the published evidence.
 *
 * Every date is relative to `today` (DEMO_TODAY), so that reports stay meaningful as the calendar moves:
 * one statement is overdue for review, one action is overdue, one academy's information is out of date.
 */
import { academicYearOf, addDays, addMonths, addYears } from '@equality-hub/domain';

export interface DemoAcademy {
  key: string;
  academy: Record<string, unknown>;
  plan: Record<string, unknown>;
  objectives: Record<string, unknown>[];
  statement: Record<string, unknown>;
  /** Each year's equality information, oldest first. */
  information: Record<string, unknown>[];
}

/** The start of the academic year before the one `today` falls in: plans began then. */
function planStart(today: string) {
  const [startYear] = academicYearOf(today).split('/');
  return `${Number(startYear) - 1}-09-01`;
}

function previousAcademicYear(today: string) {
  return academicYearOf(addYears(today, -1));
}

export function demoTrust(today: string) {
  const start = planStart(today);
  const end = addDays(addYears(start, 4), -1);
  const plan = (title: string) => ({ title, periodStart: start, periodEnd: end, approvedBy: 'Local governing body', approvedOn: addDays(start, -10) });
  const lastYear = previousAcademicYear(today);

  const trust = {
    name: 'Cidari Learning Trust (demo)',
    companyNumber: '07712345',
    website: 'https://trust.example',
    equalityOwnerName: 'Director of People',
    equalityOwnerEmail: 'people@trust.example',
  };

  const academies: DemoAcademy[] = [
    {
      key: 'st-georges',
      academy: {
        name: "St George's School: A Church of England Academy",
        slug: 'st-georges',
        urn: '137001',
        phase: 'secondary',
        religiousCharacter: 'church-of-england',
        website: 'https://st-georges.example',
        joinedOn: '2012-09-01',
        equalityLeadName: 'E. Walker',
        equalityLeadEmail: 'equality@st-georges.example',
        linkGovernor: 'G. Warnock',
      },
      plan: plan("St George's equality objectives"),
      objectives: [
        {
          psedAims: ['eliminate-discrimination', 'advance-equality-of-opportunity', 'foster-good-relations'],
          protectedCharacteristics: ['all'],
          targetGroups: ['vulnerable-pupils'],
          aim: 'To increase the participation of students from minority, marginalised or vulnerable backgrounds in school life',
          objective: 'Increase the diversity of students involved in the decision-making processes of the school',
          measure: { metric: 'pupil-voice-participation', pupilGroup: 'disadvantaged', direction: 'increase', baseline: 8, target: 20, current: 12, unit: 'percent' },
          actions: [
            { description: 'Identify which groups are under-represented in the Student Voice processes within the school', responsible: 'EWA', state: 'done', completedOn: addMonths(start, 2) },
            { description: 'Set up a group of students to develop actions which better involve the target group', responsible: 'SWA', state: 'open', dueOn: addDays(today, -14) },
            { description: 'Involve pupil premium students in public interface', responsible: 'EWA', state: 'open', dueOn: addMonths(today, 4) },
          ],
          responsible: 'EWA/SWA',
          dates: { start, ongoing: true, recurrence: 'none', text: 'On-going' },
          milestones: [{ date: addMonths(today, -2), note: 'Increased minority students in leadership roles.', rag: 'green' }],
          progressStatus: 'on-track',
        },
        {
          psedAims: ['eliminate-discrimination'],
          protectedCharacteristics: ['sexual-orientation', 'race', 'gender-reassignment', 'disability', 'religion-or-belief'],
          targetGroups: ['whole-school', 'ethnic-minority-pupils', 'lgbt-pupils', 'pupils-with-send'],
          aim: 'To prevent and respond to all hate incidents and prejudice-based bullying',
          objective: 'Students feel safer, as reported in the safer schools survey, and prejudice-related incidents are reported accurately',
          measure: { metric: 'pupils-feeling-safe', pupilGroup: 'all-pupils', direction: 'increase', baseline: 78, target: 90, current: 84, unit: 'percent' },
          actions: [
            { description: 'Ensure continuing professional development for staff to identify and challenge homophobia and transphobia', responsible: 'SLT', state: 'open', dueOn: addMonths(today, 2) },
            { description: 'Promote hate incident recording to students', responsible: 'Year leaders', state: 'done', completedOn: addMonths(start, 3) },
          ],
          responsible: 'SLT, Year leaders, Mental Health Lead',
          dates: { start, ongoing: true, recurrence: 'none', text: 'On-going' },
          milestones: [{ date: addMonths(today, -8), note: 'Staff attended anti-bullying training', rag: 'green' }],
          progressStatus: 'on-track',
        },
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: ['sex'],
          targetGroups: ['girls', 'boys', 'year-groups'],
          otherTargetGroups: 'Years 7 to 10',
          aim: 'To promote opportunities for boys and girls to learn about careers which challenge gender stereotyping',
          objective: 'Positive changes in options around work experience and diplomas',
          actions: [{ description: 'Provide careers activities that let students explore gender stereotyping', responsible: 'GMA', state: 'open' }],
          responsible: 'GMA',
          dates: { start, ongoing: true, recurrence: 'annually', text: 'Annually' },
          milestones: [{ note: 'Careers map identifies opportunities to promote', rag: 'amber', date: addMonths(today, -6) }],
          progressStatus: 'at-risk',
        },
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: ['disability'],
          targetGroups: ['fsm-eligible-pupils', 'pupils-with-send'],
          aim: 'To improve the attendance of students eligible for free school meals and with SEND',
          objective: 'Narrow the attendance gap between disadvantaged students and others',
          // The gap to not-disadvantaged pupils, read from the published information: -5.9 points in the baseline year.
          measure: { source: 'evidence', metric: 'attendance-rate', pupilGroup: 'disadvantaged', gap: true, direction: 'increase', baseline: -5.9, target: -2, unit: 'percent' },
          actions: [
            { description: 'Collate and analyse attendance data by target group', responsible: 'EWA', state: 'done', completedOn: addMonths(start, 1) },
            { description: 'Work with the attendance officer on strategies to reduce persistent absence', responsible: 'Year leads', state: 'open', dueOn: addMonths(today, 3) },
          ],
          responsible: 'EWA / Year leads',
          dates: { start, end: addYears(start, 1), ongoing: false, recurrence: 'none', text: 'Sept – July' },
          milestones: [{ date: addMonths(today, -5), note: 'Reviewed school attendance data', rag: 'amber' }],
          progressStatus: 'at-risk',
        },
      ],
      statement: {
        kind: 'equality-policy',
        title: "St George's equality and objectives policy",
        body: 'St George\'s is a Church of England Academy where pupils and staff work together. This policy sets out how we meet the Public Sector Equality Duty.',
        approvedBy: 'G Warnock',
        approvedOn: addYears(today, -1),
        lastReviewedOn: addYears(today, -1),
        // Overdue for review: the demo's amber finding.
        nextReviewDue: addDays(today, -30),
        reviewFrequencyMonths: 12,
      },
      information: [
        {
          academicYear: previousAcademicYear(addYears(today, -1)),
          publishedOn: addMonths(today, -14),
          narrative: 'Attainment and attendance by pupil group: the baseline year of our objectives.',
          figures: [
            { metric: 'attainment-ks4-english-maths-grade-5', pupilGroup: 'all-pupils', value: 50.6, unit: 'percent', cohortSize: 176, comparatorValue: 45.3 },
            { metric: 'attainment-ks4-english-maths-grade-5', pupilGroup: 'disadvantaged', value: 28.0, unit: 'percent', cohortSize: 40, comparatorValue: 25.2 },
            { metric: 'attainment-ks4-english-maths-grade-5', pupilGroup: 'not-disadvantaged', value: 57.9, unit: 'percent', cohortSize: 136 },
            { metric: 'attendance-rate', pupilGroup: 'all-pupils', value: 92.9, unit: 'percent', cohortSize: 1015 },
            { metric: 'attendance-rate', pupilGroup: 'disadvantaged', value: 88.5, unit: 'percent', cohortSize: 255 },
            { metric: 'attendance-rate', pupilGroup: 'not-disadvantaged', value: 94.4, unit: 'percent', cohortSize: 760 },
            { metric: 'attendance-rate', pupilGroup: 'looked-after', value: 87.0, unit: 'percent', cohortSize: 7 },
            { metric: 'pupils-feeling-safe', pupilGroup: 'all-pupils', value: 78, unit: 'percent', cohortSize: 930 },
          ],
        },
        {
          academicYear: lastYear,
          publishedOn: addMonths(today, -2),
          narrative: 'Attainment and attendance by pupil group for the last academic year.',
          figures: [
            { metric: 'attainment-ks4-english-maths-grade-5', pupilGroup: 'all-pupils', value: 52.4, unit: 'percent', cohortSize: 180, comparatorValue: 45.9 },
            { metric: 'attainment-ks4-english-maths-grade-5', pupilGroup: 'disadvantaged', value: 31.0, unit: 'percent', cohortSize: 42, comparatorValue: 25.8 },
            { metric: 'attainment-ks4-english-maths-grade-5', pupilGroup: 'not-disadvantaged', value: 58.7, unit: 'percent', cohortSize: 138 },
            { metric: 'attendance-rate', pupilGroup: 'all-pupils', value: 93.2, unit: 'percent', cohortSize: 1020 },
            { metric: 'attendance-rate', pupilGroup: 'disadvantaged', value: 90.1, unit: 'percent', cohortSize: 260 },
            { metric: 'attendance-rate', pupilGroup: 'not-disadvantaged', value: 94.3, unit: 'percent', cohortSize: 760 },
            { metric: 'attendance-rate', pupilGroup: 'looked-after', value: 89.0, unit: 'percent', cohortSize: 6 },
            { metric: 'pupils-feeling-safe', pupilGroup: 'all-pupils', value: 84, unit: 'percent', cohortSize: 950 },
          ],
        },
      ],
    },
    {
      key: 'chances-mentoring',
      academy: {
        name: 'Chances Mentoring Centre',
        slug: 'chances-mentoring',
        urn: '142002',
        phase: 'alternative-provision',
        religiousCharacter: 'none',
        website: 'https://chances.example',
        joinedOn: '2019-01-01',
        equalityLeadName: 'Head of Centre',
        equalityLeadEmail: 'head@chances.example',
        linkGovernor: 'R. Okafor',
      },
      plan: plan('Chances Mentoring current objectives'),
      objectives: [
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: ['race', 'sex'],
          targetGroups: ['ethnic-minority-pupils', 'eal-pupils', 'pupils-with-send', 'fsm-eligible-pupils'],
          aim: 'Equity and excellence',
          objective: 'Monitor and evaluate attainment and progress of all students, with specific reference to groups with different characteristics',
          actions: [{ description: 'Analyse attainment by ethnicity, gender, first language, SEN and FSM eligibility each term', responsible: 'Head of Centre', state: 'open', dueOn: addMonths(today, 1) }],
          responsible: 'Head of Centre',
          dates: { start, ongoing: true, recurrence: 'termly', text: 'Termly' },
          progressStatus: 'on-track',
        },
        {
          psedAims: ['advance-equality-of-opportunity', 'foster-good-relations'],
          protectedCharacteristics: ['all'],
          targetGroups: ['all-pupils'],
          aim: 'Participation and engagement',
          objective: 'Increase participation in extra-curricular activities where any group is under-represented',
          measure: { metric: 'extracurricular-participation', pupilGroup: 'all-pupils', direction: 'increase', baseline: 35, target: 60, unit: 'percent' },
          actions: [
            { description: 'Monitor participation in extra-curricular activities', responsible: 'Tutors', state: 'open' },
            { description: 'Monitor attendance patterns and report to governors', responsible: 'Director', state: 'open', dueOn: addMonths(today, 2) },
          ],
          responsible: 'Tutors',
          dates: { start, ongoing: true, recurrence: 'none', text: 'On-going' },
          progressStatus: 'not-started',
        },
        {
          psedAims: ['eliminate-discrimination'],
          protectedCharacteristics: ['all'],
          targetGroups: ['staff', 'job-applicants'],
          aim: 'Human resources',
          objective: 'Fill all vacancies using the principles of equal opportunities and safer recruitment, with a trained member on each panel',
          measure: { metric: 'prejudice-incidents', pupilGroup: 'all-pupils', direction: 'decrease', baseline: 6, target: 2, current: 4, unit: 'count' },
          actions: [{ description: 'Monitor applications and appointments', responsible: 'Director', state: 'open' }],
          responsible: 'Director',
          dates: { start, ongoing: true, recurrence: 'annually', text: 'Annually' },
          progressStatus: 'on-track',
        },
      ],
      statement: {
        kind: 'psed-statement',
        title: 'Chances Mentoring equality policy',
        body: 'We are committed to ensuring equality of education and opportunity for all students, staff, parents and carers.',
        approvedBy: 'Director',
        approvedOn: addMonths(today, -4),
        lastReviewedOn: addMonths(today, -4),
        nextReviewDue: addMonths(today, 8),
        reviewFrequencyMonths: 12,
      },
      information: [{
        // Out of date: published fourteen months ago, the demo's red finding.
        academicYear: previousAcademicYear(addYears(today, -1)),
        publishedOn: addMonths(today, -14),
        narrative: 'A small provision: figures for cohorts under 10 are withheld.',
        figures: [
          { metric: 'attendance-rate', pupilGroup: 'all-pupils', value: 81.5, unit: 'percent', cohortSize: 28 },
          { metric: 'attendance-rate', pupilGroup: 'boys', value: 83.0, unit: 'percent', cohortSize: 22 },
          { metric: 'attendance-rate', pupilGroup: 'girls', value: 76.0, unit: 'percent', cohortSize: 6 },
          { metric: 'suspension-rate', pupilGroup: 'all-pupils', value: 12.0, unit: 'percent', cohortSize: 28 },
        ],
      }],
    },
    {
      key: 'brook-and-meadow',
      academy: {
        name: 'Brook and Meadow Federation',
        slug: 'brook-and-meadow',
        urn: '139003',
        phase: 'primary',
        religiousCharacter: 'none',
        website: 'https://brookmeadow.example',
        joinedOn: '2016-04-01',
        equalityLeadName: 'Executive Head',
        equalityLeadEmail: 'head@brookmeadow.example',
        linkGovernor: 'S. Patel',
      },
      plan: plan('Brook and Meadow equality objectives'),
      objectives: [
        {
          psedAims: ['foster-good-relations'],
          protectedCharacteristics: ['race', 'religion-or-belief'],
          targetGroups: ['all-pupils', 'parents-and-carers', 'local-community'],
          aim: 'Cultural understanding',
          objective: 'Promote cultural understanding and awareness of different religious beliefs between different ethnic groups within our school community',
          actions: [
            { description: 'Multicultural events', state: 'done', completedOn: addMonths(today, -3) },
            { description: 'Assemblies with focuses on different religions and traditions', state: 'open' },
            { description: 'Visits to churches, mosques and synagogues in the area', state: 'open', dueOn: addMonths(today, 5) },
          ],
          responsible: 'RE lead',
          dates: { start, ongoing: true, recurrence: 'termly', text: 'Termly' },
          progressStatus: 'on-track',
        },
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: ['disability'],
          targetGroups: ['pupils-with-send'],
          aim: 'Progress for pupils with SEND',
          objective: 'Narrow the gaps in progress between pupils with special educational needs and disabilities and all other pupils',
          measure: { metric: 'attainment-ks2-rwm-expected', pupilGroup: 'send', direction: 'increase', baseline: 18, target: 30, current: 21, unit: 'percent' },
          actions: [
            { description: 'A robust tracking system which separates SEN from additional needs', state: 'done', completedOn: addMonths(start, 2) },
            { description: 'Pupil progress meetings focussing on SEND', state: 'open', dueOn: addMonths(today, 1) },
          ],
          responsible: 'SENCo',
          dates: { start, ongoing: true, recurrence: 'none', text: 'On-going' },
          progressStatus: 'on-track',
        },
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: [],
          targetGroups: ['fsm-eligible-pupils'],
          aim: 'Attendance',
          objective: 'Narrow the gap in attendance between pupils eligible for free school meals and all other pupils',
          measure: { source: 'evidence', metric: 'attendance-rate', pupilGroup: 'fsm-eligible', direction: 'increase', baseline: 91.0, target: 95.0, unit: 'percent' },
          actions: [{ description: 'A nominated pupil premium champion and breakfast club', state: 'open' }],
          responsible: 'PP Champion',
          dates: { start, ongoing: true, recurrence: 'none', text: 'On-going' },
          progressStatus: 'on-track',
        },
      ],
      statement: {
        kind: 'psed-statement',
        title: 'Public Sector Equality Duty statement',
        body: 'Reviewed every four years unless new advice or legislation is implemented.',
        approvedBy: 'Federation governing board',
        approvedOn: addMonths(today, -10),
        lastReviewedOn: addMonths(today, -10),
        nextReviewDue: addMonths(today, 38),
        reviewFrequencyMonths: 48,
      },
      information: [{
        academicYear: lastYear,
        publishedOn: addMonths(today, -3),
        narrative: 'Key stage 2 outcomes and attendance by pupil group.',
        figures: [
          { metric: 'attainment-ks2-rwm-expected', pupilGroup: 'all-pupils', value: 64.0, unit: 'percent', cohortSize: 88, comparatorValue: 61.0 },
          { metric: 'attainment-ks2-rwm-expected', pupilGroup: 'send', value: 21.0, unit: 'percent', cohortSize: 14 },
          { metric: 'attendance-rate', pupilGroup: 'all-pupils', value: 95.1, unit: 'percent', cohortSize: 410 },
          { metric: 'attendance-rate', pupilGroup: 'fsm-eligible', value: 92.5, unit: 'percent', cohortSize: 96 },
        ],
      }],
    },
    {
      key: 'oakfield-primary',
      academy: {
        name: 'Oakfield Primary Academy',
        slug: 'oakfield-primary',
        urn: '140004',
        phase: 'primary',
        religiousCharacter: 'none',
        website: 'https://oakfield.example',
        joinedOn: '2018-09-01',
        equalityLeadName: 'Deputy Headteacher',
        equalityLeadEmail: 'deputy@oakfield.example',
        linkGovernor: 'J. Evans',
      },
      plan: plan('Oakfield equality objectives'),
      objectives: [
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: ['disability'],
          targetGroups: ['pupils-with-send', 'vulnerable-pupils'],
          aim: 'Participation',
          objective: 'Increase the membership of pupils from protected and vulnerable groups in extracurricular activities',
          measure: { metric: 'extracurricular-participation', pupilGroup: 'send', direction: 'increase', baseline: 22, target: 45, current: 30, unit: 'percent' },
          actions: [{ description: 'Audit club membership by pupil group each term', state: 'open', dueOn: addMonths(today, 1) }],
          responsible: 'Deputy Headteacher',
          dates: { start, ongoing: true, recurrence: 'termly', text: 'Termly' },
          progressStatus: 'on-track',
        },
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: ['sex', 'disability'],
          targetGroups: ['boys', 'girls', 'pupils-with-send'],
          aim: 'Progress',
          objective: 'Narrow the gaps in levels of progress between boys and girls and pupils with SEND',
          actions: [{ description: 'Targeted reading interventions for boys in key stage 1', state: 'open' }],
          responsible: 'Headteacher',
          dates: { start, ongoing: true, recurrence: 'none', text: 'On-going' },
          progressStatus: 'not-started',
        },
        {
          psedAims: ['advance-equality-of-opportunity'],
          protectedCharacteristics: [],
          targetGroups: ['looked-after-children'],
          aim: 'Looked-after children',
          objective: 'Ensure all looked-after children make appropriate levels of progress',
          actions: [{ description: 'Personal education plans reviewed each term with the virtual school', state: 'open', dueOn: addMonths(today, 2) }],
          responsible: 'Designated teacher',
          dates: { start, ongoing: true, recurrence: 'termly', text: 'Termly' },
          progressStatus: 'on-track',
        },
      ],
      statement: {
        kind: 'accessibility-plan',
        title: 'Oakfield accessibility plan',
        body: 'How we increase access to the curriculum, the buildings and information for disabled pupils.',
        approvedBy: 'Local governing body',
        approvedOn: addMonths(today, -6),
        lastReviewedOn: addMonths(today, -6),
        nextReviewDue: addMonths(today, 30),
        reviewFrequencyMonths: 36,
      },
      information: [{
        academicYear: lastYear,
        publishedOn: addMonths(today, -1),
        narrative: 'Outcomes and attendance by pupil group.',
        figures: [
          { metric: 'attainment-ks2-rwm-expected', pupilGroup: 'all-pupils', value: 58.0, unit: 'percent', cohortSize: 60 },
          { metric: 'attainment-ks2-rwm-expected', pupilGroup: 'boys', value: 51.0, unit: 'percent', cohortSize: 31 },
          { metric: 'attainment-ks2-rwm-expected', pupilGroup: 'girls', value: 65.5, unit: 'percent', cohortSize: 29 },
          { metric: 'extracurricular-participation', pupilGroup: 'send', value: 30, unit: 'percent', cohortSize: 40 },
        ],
      }],
    },
  ];

  const trustObjectives = [
    { code: 'attainment-gaps', title: 'Each academy monitors pupil achievement by ethnicity, gender and disability and narrows the gaps', owner: 'CEO' },
    { code: 'annual-statements', title: 'Each academy publishes an annual statement of its equality, diversity and inclusion actions', owner: 'CEO' },
    { code: 'hr-equalities-data', title: 'The Trust HR information system reports robustly on equalities data', owner: 'Director of People' },
    {
      code: 'gender-pay-gap',
      title: 'Report the gender pay gap (and in future the ethnicity pay gap) and act to reduce it',
      owner: 'Director of People',
      measure: 'The median gender pay gap in hourly pay, from the approved pay gap reports',
      payMeasure: { source: 'evidence', payFigure: 'median-hourly-gap', direction: 'decrease', baseline: 11.5, target: 8 },
    },
    { code: 'blind-recruitment', title: 'Address unconscious bias through leadership training and blind recruitment for all roles', owner: 'Director of People' },
  ].map((objective) => ({ ...objective, progressStatus: 'on-track', periodStart: start, periodEnd: end }));

  /** Every academy contributes to the first two Trust objectives. */
  const contributions = academies.flatMap(({ key }) => [
    { academy: key, code: 'attainment-gaps', note: 'Attainment and attendance gaps analysed by pupil group each term.', progressStatus: 'on-track' },
    { academy: key, code: 'annual-statements', note: 'Annual equality statement published on the academy website.', progressStatus: key === 'chances-mentoring' ? 'off-track' : 'on-track' },
  ]);

  return { trust, academies, trustObjectives, contributions };
}
