/**
 * Holds every write to the plugin's types to the rules of @equality-hub/domain, whichever way it comes
 * (the admin, REST, imports, scripts, the seed). Runs before the write, so a rejected write leaves
 * nothing behind, and names the field at fault.
 */
import {
  AcademyInput,
  ApplicantBreakdownInput,
  checkRules,
  EqualityInformationInput,
  ObjectiveInput,
  ObjectivesPlanInput,
  PayRecordInput,
  PaySnapshotInput,
  RecruitmentRolloutInput,
  StatementInput,
  TrustInput,
  TrustObjectiveContributionInput,
  TrustObjectiveInput,
  VacancyInput,
  type RuleIssue,
} from '@equality-hub/domain';
import type { Core, Modules, UID as StrapiUid } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { isContentUid, UID, type ContentUid } from '../constants';
import { asSystem } from '../utils/actor';
import { currentRelations, relationAfterWrite } from './relation-state';
import { rememberStoredVersion } from './stored-version';

const RULES: Record<ContentUid, z.ZodType> = {
  [UID.TRUST]: TrustInput,
  [UID.ACADEMY]: AcademyInput,
  [UID.PLAN]: ObjectivesPlanInput,
  [UID.OBJECTIVE]: ObjectiveInput,
  [UID.STATEMENT]: StatementInput,
  [UID.INFORMATION]: EqualityInformationInput,
  [UID.TRUST_OBJECTIVE]: TrustObjectiveInput,
  [UID.CONTRIBUTION]: TrustObjectiveContributionInput,
  [UID.VACANCY]: VacancyInput,
  [UID.RECRUITMENT_ROLLOUT]: RecruitmentRolloutInput,
  [UID.PAY_SNAPSHOT]: PaySnapshotInput,
  [UID.PAY_RECORD]: PayRecordInput,
  [UID.APPLICANT_BREAKDOWN]: ApplicantBreakdownInput,
};

/** To-one relations that must be set, with their target. */
const REQUIRED_RELATIONS: Partial<Record<ContentUid, Record<string, StrapiUid.ContentType>>> = {
  [UID.PLAN]: { academy: UID.ACADEMY },
  [UID.OBJECTIVE]: { academy: UID.ACADEMY, plan: UID.PLAN },
  [UID.INFORMATION]: { academy: UID.ACADEMY },
  [UID.CONTRIBUTION]: { trustObjective: UID.TRUST_OBJECTIVE, academy: UID.ACADEMY },
  [UID.VACANCY]: { academy: UID.ACADEMY },
  [UID.RECRUITMENT_ROLLOUT]: { academy: UID.ACADEMY },
  [UID.PAY_RECORD]: { snapshot: UID.PAY_SNAPSHOT },
  [UID.APPLICANT_BREAKDOWN]: { vacancy: UID.VACANCY },
};

const WRITES = new Set(['create', 'update', 'clone']);

function rejectWith(issues: RuleIssue[]): never {
  const message = issues.map((issue) => issue.message).join('; ');
  throw new errors.ValidationError(message, {
    errors: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' })),
  });
}

function componentPopulate(strapi: Core.Strapi, uid: ContentUid) {
  const attributes = strapi.getModel(uid).attributes as Record<string, { type: string }>;
  return Object.fromEntries(Object.entries(attributes).filter(([, attribute]) => attribute.type === 'component').map(([name]) => [name, true]));
}

/** Strapi's own bookkeeping fields, which the rules do not judge. */
function withoutSystemFields(document: Record<string, unknown>) {
  const { id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, publishedAt: _p, locale: _l, createdBy: _cb, updatedBy: _ub, ...fields } = document;
  return fields;
}

/** Returns the stored version it judged the write against, for the audit trail. */
async function checkFields(strapi: Core.Strapi, uid: ContentUid, documentId: string | undefined, data: Record<string, unknown>) {
  const stored = documentId
    ? ((await strapi.documents(uid).findOne({ documentId, populate: componentPopulate(strapi, uid) } as never)) as Record<string, unknown> | null)
    : null;
  const issues = checkRules(RULES[uid], { ...withoutSystemFields(stored ?? {}), ...data });
  if (issues.length > 0) rejectWith(issues);
  return stored;
}

async function checkRelations(strapi: Core.Strapi, uid: ContentUid, documentId: string | undefined, data: Record<string, unknown>) {
  const required = REQUIRED_RELATIONS[uid];
  if (!required) return;
  const current = await currentRelations(strapi, uid, documentId, Object.keys(required));
  const after: Record<string, string | null | undefined> = {};
  const issues: RuleIssue[] = [];
  for (const [field, target] of Object.entries(required)) {
    const related = await relationAfterWrite(strapi, target, data[field], current[field]);
    after[field] = related;
    if (related === undefined) issues.push({ path: [field], message: `${field}: no such ${strapi.getModel(target).info.displayName.toLowerCase()}` });
    else if (related === null) issues.push({ path: [field], message: `${field} is required` });
  }
  if (uid === UID.OBJECTIVE && after.plan && after.academy) {
    const plan = (await strapi.documents(UID.PLAN).findOne({ documentId: after.plan, populate: { academy: { fields: ['documentId', 'name'] } } })) as
      | { academy?: { documentId: string; name: string } | null }
      | null;
    if (plan?.academy && plan.academy.documentId !== after.academy) {
      issues.push({ path: ['plan'], message: `plan: the plan belongs to ${plan.academy.name}, not to this objective's academy` });
    }
  }
  if (issues.length > 0) rejectWith(issues);
}

/** A published entry keeps relations only to published versions, so publishing out of order would lose them. */
async function checkPublishable(strapi: Core.Strapi, uid: ContentUid, documentId: string) {
  const required = REQUIRED_RELATIONS[uid] ?? {};
  const draftAndPublished = Object.entries(required).filter(([, target]) => strapi.getModel(target).options?.draftAndPublish);
  if (draftAndPublished.length === 0) return;
  const current = await currentRelations(strapi, uid, documentId, draftAndPublished.map(([field]) => field));
  const issues: RuleIssue[] = [];
  for (const [field, target] of draftAndPublished) {
    const related = current[field];
    const published = related ? await strapi.documents(target).findOne({ documentId: related, status: 'published', fields: ['documentId'] } as never) : null;
    if (!published) {
      issues.push({ path: [field], message: `${field}: the related ${strapi.getModel(target).info.displayName.toLowerCase()} has no published version; publish it first` });
    }
  }
  if (issues.length > 0) rejectWith(issues);
}

export const validateWrites: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const { uid, action } = context;
  if (!isContentUid(uid)) return next();
  const params = context.params as { documentId?: string; data?: Record<string, unknown> };

  // Tenancy has already authorised the write; the rules judge it against everything as it is stored.
  await asSystem(async () => {
    if (WRITES.has(action)) {
      const documentId = action === 'create' ? undefined : params.documentId;
      const data = params.data ?? {};
      rememberStoredVersion(context, await checkFields(strapi, uid, documentId, data));
      await checkRelations(strapi, uid, documentId, data);
    }
    if (action === 'publish' && params.documentId) {
      await checkPublishable(strapi, uid, params.documentId);
    }
  });
  return next();
};
