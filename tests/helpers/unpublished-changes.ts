/**
 * Work in progress that a school website must not show: a new objective saved as a draft, and a published
 * objective changed in draft. Also a PDF of the statement, which a website must link to.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';

export const DRAFT_OBJECTIVE_TEXT = 'DRAFT ONLY: not yet approved by governors';
export const DRAFT_CHANGE_TEXT = 'DRAFT CHANGE: not yet published';

export interface UnpublishedChanges {
  draftId: string;
  changedId: string;
  /** The changed objective's published text, which must still be shown. */
  changedPublishedText: string;
}

/** A new draft objective in the academy's plan, and a draft change to one of its published objectives. */
export async function addUnpublishedChanges(strapi: Core.Strapi, academy: string): Promise<UnpublishedChanges> {
  const objectives = strapi.documents(UID.OBJECTIVE);
  const [published] = (await objectives.findMany({
    filters: { academy: { slug: academy } },
    populate: { academy: true, plan: true },
    status: 'published',
    limit: 1,
  })) as any[];
  const draft = await objectives.create({
    data: {
      academy: published.academy.documentId,
      plan: published.plan.documentId,
      psedAims: ['foster-good-relations'],
      protectedCharacteristics: ['religion-or-belief'],
      objective: DRAFT_OBJECTIVE_TEXT,
    },
  } as never);
  await objectives.update({ documentId: published.documentId, data: { objective: DRAFT_CHANGE_TEXT } } as never);
  return { draftId: draft.documentId, changedId: published.documentId, changedPublishedText: published.objective };
}

/** Attaches an uploaded PDF (its file record; no bytes are needed) to the academy's statement and republishes it. */
export async function attachStatementPdf(strapi: Core.Strapi, academy: string): Promise<{ url: string; title: string }> {
  const file = await strapi.db.query('plugin::upload.file').create({
    data: { name: 'equality-policy.pdf', hash: 'equality_policy_test', ext: '.pdf', mime: 'application/pdf', size: 120.4, url: '/uploads/equality_policy_test.pdf', provider: 'local' },
  });
  const statements = strapi.documents(UID.STATEMENT);
  const [statement] = (await statements.findMany({ filters: { academy: { slug: academy } }, status: 'published', limit: 1 })) as any[];
  await statements.update({ documentId: statement.documentId, data: { document: file.id } } as never);
  await statements.publish({ documentId: statement.documentId });
  return { url: file.url, title: statement.title };
}
