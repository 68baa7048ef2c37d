/**
 * The admin's objectives import (routes/admin.ts): what the upload page offers (the academies the user
 * works on, each with its plans, and the vocabulary's labels), a preview of the uploaded table, then the
 * import itself, as drafts. An academy editor imports into their own academies only; a rejected file is a
 * 400 whose details list every problem by row; nothing is written.
 */
import { CharacteristicChoice, PsedAim, Recurrence, TargetGroup, type Term } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { UID } from '../constants';
import type { ImportablePlan, ObjectivesImportOptions } from '../importers/objectives';
import type { ObjectivesImportInput } from '../services/objectives-import';
import { asSystem, type AdminUser } from '../utils/actor';
import { getService } from '../utils/get-service';
import { readUpload, rejectedFile } from '../utils/upload';

const ObjectivesImportFields = z.object({
  academy: z.string({ error: "academy (the academy's slug) is required" }).trim().min(1, "academy (the academy's slug) is required"),
  // The page sends an empty plan for "a new draft plan".
  plan: z
    .string()
    .trim()
    .optional()
    .transform((plan) => plan || undefined),
});

const labelsOf = (terms: readonly Term[]) => Object.fromEntries(terms.map((term) => [term.value, term.label]));

const LABELS: ObjectivesImportOptions['labels'] = {
  psedAims: labelsOf(PsedAim.terms),
  protectedCharacteristics: labelsOf(CharacteristicChoice.terms),
  targetGroups: labelsOf(TargetGroup.terms),
  recurrence: labelsOf(Recurrence.terms),
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The academies the user works on: every academy for Trust-wide users. */
  async function academiesOf(user: AdminUser) {
    const scope = await getService(strapi, 'tenancy').scopeOf(user);
    const academies = (await asSystem(() =>
      strapi.documents(UID.ACADEMY).findMany({ fields: ['slug', 'name'], sort: ['name:asc'] } as never),
    )) as unknown as Array<{ documentId: string; slug: string; name: string }>;
    return scope === 'all' ? academies : academies.filter((academy) => scope.includes(academy.documentId));
  }

  async function readInput(ctx: Context): Promise<ObjectivesImportInput> {
    const { file, fields } = await readUpload(ctx);
    const parsed = ObjectivesImportFields.safeParse(fields);
    if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((issue) => issue.message).join('; '));
    const { academy, plan } = parsed.data;
    const exists = await asSystem(() => strapi.documents(UID.ACADEMY).count({ filters: { slug: academy } } as never));
    // An unknown academy is the preview's problem to report; a known one must be the user's.
    if (exists > 0 && !(await academiesOf(ctx.state.user as AdminUser)).some((own) => own.slug === academy)) {
      // A 403 that keeps its message: Strapi answers any other ForbiddenError from a route as a bare "Forbidden".
      throw new errors.PolicyError(`You may import objectives only into an academy you work on, and "${academy}" is not one of them`);
    }
    return { academySlug: academy, planDocumentId: plan, file: { name: file.name, bytes: file.content } };
  }

  return {
    /** GET /equality/objectives-import/options */
    async options(ctx: Context) {
      const academies = await academiesOf(ctx.state.user as AdminUser);
      const plans = (await asSystem(() =>
        strapi.documents(UID.PLAN).findMany({
          filters: { academy: { documentId: { $in: academies.map((academy) => academy.documentId) } } },
          fields: ['title', 'periodStart', 'periodEnd'],
          populate: { academy: { fields: ['slug'] } },
          sort: ['periodStart:desc'],
        } as never),
      )) as unknown as Array<ImportablePlan & { academy: { slug: string } | null }>;
      const body: ObjectivesImportOptions = {
        academies: academies.map(({ slug, name }) => ({
          slug,
          name,
          plans: plans
            .filter((plan) => plan.academy?.slug === slug)
            .map(({ documentId, title, periodStart, periodEnd }) => ({ documentId, title, periodStart, periodEnd })),
        })),
        labels: LABELS,
      };
      ctx.body = body;
    },

    /** POST /equality/objectives-import/preview */
    async preview(ctx: Context) {
      ctx.body = await getService(strapi, 'objectives-import').preview(await readInput(ctx));
    },

    /** POST /equality/objectives-import */
    async importObjectives(ctx: Context) {
      const outcome = await getService(strapi, 'objectives-import').importObjectives(await readInput(ctx));
      if (!outcome.ok) throw rejectedFile(outcome.problems);
      ctx.body = outcome.result;
    },
  };
};
