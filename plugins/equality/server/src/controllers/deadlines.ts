/**
 * The admin's "Equality deadlines" page (routes/admin.ts): upcoming and overdue deadlines, every
 * academy's and the Trust's for Trust-wide users, an academy editor's own academies' only.
 */
import { DeadlineKind, daysUntilDue, IsoDate, type DeadlinesResponse } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { reminderSettings } from '../config/reminders';
import { recipientOf } from '../services/deadlines';
import type { AdminUser } from '../utils/actor';
import { getService } from '../utils/get-service';
import { dateIn } from '../utils/local-date';

const DeadlinesQuery = z.object({
  // The day to count from; today by default.
  asOf: IsoDate.optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /equality/deadlines */
  async list(ctx: Context) {
    const query = DeadlinesQuery.safeParse(ctx.query);
    if (!query.success) throw new errors.ValidationError(`asOf must be a date (YYYY-MM-DD), not "${String(ctx.query.asOf)}"`);
    const asOf = query.data.asOf ?? dateIn(new Date(), reminderSettings(strapi).timeZone);

    const scope = await getService(strapi, 'tenancy').scopeOf(ctx.state.user as AdminUser);
    const outstanding = await getService(strapi, 'deadlines').outstanding(asOf);
    const academyOf = (slug: string | null) => (slug ? outstanding.academies.get(slug) : undefined);
    const visible = outstanding.deadlines.filter((deadline) => {
      if (scope === 'all') return true;
      const academy = academyOf(deadline.academy);
      return !!academy && scope.includes(academy.documentId);
    });

    const body: DeadlinesResponse = {
      asOf,
      deadlines: visible.map((deadline) => ({
        ...deadline,
        kindLabel: DeadlineKind.label(deadline.kind),
        academyName: academyOf(deadline.academy)?.name ?? null,
        daysUntilDue: daysUntilDue(deadline, asOf),
        recipientEmail: recipientOf(deadline, outstanding).email,
      })),
    };
    ctx.body = body;
  },
});
