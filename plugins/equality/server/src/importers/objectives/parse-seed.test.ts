/**
 * shared/seeds/001 (copied to fixtures/): an academy's objectives 2017–2021 as Word's text export writes
 * the common table, a continuation row split off by a page break included. Every objective is asserted
 * whole, as the preview will show it and the import will write it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ObjectivesPreview, parseObjectives } from '.';

const SEED = path.join(__dirname, 'fixtures', '001_f2729a0636f8cf25.txt');
const ONGOING = { start: null, end: null, ongoing: true, recurrence: 'none' } as const;
const ALL_AIMS = ['eliminate-discrimination', 'advance-equality-of-opportunity', 'foster-good-relations'];
const ADVANCE = ['advance-equality-of-opportunity'];

describe('parseObjectives on shared/seeds/001', () => {
  const preview = parseObjectives({ name: '001_f2729a0636f8cf25.txt', bytes: fs.readFileSync(SEED) }, { academy: 'st-georges', today: '2025-10-01' });

  it('is a valid preview', () => {
    assert.deepEqual(ObjectivesPreview.parse(preview), preview);
  });

  it('takes the plan from the heading, in academic years', () => {
    assert.equal(preview.academy, 'st-georges');
    assert.deepEqual(preview.plan, { title: 'Equality objectives: 2017 – 2021', periodStart: '2017-09-01', periodEnd: '2021-08-31' });
    assert.deepEqual(preview.flags, []);
  });

  it('reads seven objectives, the page-broken row merged into the third', () => {
    assert.deepEqual(preview.objectives, [
      {
        psedAims: ALL_AIMS,
        protectedCharacteristics: ['all'],
        targetGroups: ['vulnerable-pupils'],
        aim: 'To increase the participation of students/students from minority, marginalised or vulnerable backgrounds in school life',
        objective: 'Increase the diversity of students/students involved in the decision-making processes of the school',
        actions: [
          'Identify which groups are under-represented in the Student Voice and/or student voice processes within the school',
          'Set up group of students to develop actions which better involve the target group',
          'Involve PPG students in public interface',
        ],
        responsible: 'EWA/SWA',
        dates: { ...ONGOING, text: 'On-going' },
        milestones: ['Increased minority students in Leadership roles.'],
        flags: [],
      },
      {
        psedAims: ['eliminate-discrimination'],
        protectedCharacteristics: ['disability', 'gender-reassignment', 'race', 'religion-or-belief', 'sexual-orientation'],
        targetGroups: ['whole-school', 'pupils-with-send', 'ethnic-minority-pupils', 'lgbt-pupils'],
        aim: 'To prevent and respond to all hate incidents and prejudiced based bullying',
        objective: [
          'Students feel safer as reported in safer schools survey as feel incidents will be dealt with.',
          'Increased staff confidence',
          'Accurate reporting rates.',
          'Raise awareness of LGBT within the school community and provide support for LGBT students',
        ].join('\n'),
        actions: [
          'Access staff training.',
          'Ensure continuing professional development for staff to develop skills in identifying and challenging homophobia and transphobia',
          'Promotion of hate incident recording to students.',
        ],
        responsible: 'SLT, YL, Mental Health Lead',
        dates: { ...ONGOING, text: 'On-going' },
        milestones: ['Staff Attended Anti-bullying training'],
        flags: [
          {
            row: 'line 7',
            field: 'targetGroups',
            text: 'those from a Faith background',
            message: "not one of the Trust's target groups: kept as another target group for review",
          },
        ],
      },
      {
        psedAims: ADVANCE,
        protectedCharacteristics: ['disability', 'all'],
        targetGroups: ['pupils-with-send'],
        aim: 'To increase social and emotional skills for students/students with BESD (Behavioural, emotional and social difficulties)',
        objective: 'Improved ability by students/students to handle difficult situations and a reduction in classroom disruption',
        actions: ['To employ Aspire Mentors who work with students with SEMH or behaviour needs that impact on progress'],
        responsible: 'SWA',
        dates: { ...ONGOING, text: 'on-going' },
        milestones: ['Students identified and support programmes in place.'],
        flags: [],
      },
      {
        psedAims: ADVANCE,
        protectedCharacteristics: ['sex'],
        targetGroups: ['year-groups'],
        aim: 'To promote opportunities for boys and girls to learn more about career opportunities which challenge gender stereotyping',
        objective: 'Positive changes in options around work experience and diplomas',
        // The export ran this cell's lines together; with no paragraph or bullet marks left, it stays one action.
        actions: [
          'Through the HM project and CIAEG activities to provide activities that allow students/students to explore gender stereotyping in careers To ensure that diplomas meet the needs of boys and girls To ensure theta the option process is marketed at both boys and girls',
        ],
        responsible: 'GMA',
        dates: { ...ONGOING, text: 'on-going' },
        milestones: ['Careers map identifies opportunities to promote'],
        flags: [],
      },
      {
        psedAims: ADVANCE,
        protectedCharacteristics: [],
        targetGroups: ['pupils-with-send', 'fsm-eligible-pupils'],
        aim: 'To improve the attendance and PA of students eligible for free school meals and SEND',
        objective: "Improved attendance Reduction of PA's and increase number of students above 97%",
        actions: ["Collate and analyse data relating to attendance by target groups Work with Attendance officer to identify strategies to improve attendance and PA's of these groups"],
        responsible: 'EWA/ Year Leads',
        dates: { start: '2017-09-01', end: '2018-07-31', ongoing: false, recurrence: 'none', text: 'Sept 2017– July 2018' },
        milestones: ['Reviewed ASP School attendance data'],
        flags: [{ row: 'line 12', field: 'protectedCharacteristics', text: 'Other', message: 'not one of the nine protected characteristics: kept for review' }],
      },
      {
        psedAims: ADVANCE,
        protectedCharacteristics: [],
        targetGroups: ['all-pupils'],
        aim: 'To promote good relations between people from different backgrounds',
        objective: 'To respect and celebrate individual differences of different cultures.',
        actions: [
          'Act of Worship programme continue to celebrate cultural events throughout the year to increase student awareness of different communities e.g. Diwali, Eid & Christmas.',
        ],
        responsible: 'YL, TCR',
        dates: { ...ONGOING, text: 'On-going' },
        milestones: ['Act of Worship plan in place'],
        flags: [
          { row: 'line 13', field: 'protectedCharacteristics', text: 'community cohesion', message: 'not one of the nine protected characteristics: kept for review' },
        ],
      },
      {
        psedAims: ADVANCE,
        protectedCharacteristics: ['all'],
        targetGroups: ['girls', 'boys', 'pupils-with-send', 'disadvantaged-pupils', 'eal-pupils'],
        aim: 'All students meet or achieve their targets',
        objective: 'To ensure that all groups of students are making good progress',
        actions: ['All teachers to provide high quality learning experiences that enable them to meet or exceed their targets'],
        responsible: 'EWA / STL',
        dates: { ...ONGOING, text: 'On-going' },
        milestones: ['Mock and exam results'],
        flags: [],
      },
    ]);
  });
});
