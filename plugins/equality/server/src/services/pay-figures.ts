/**
 * Pay snapshots as the calculations see them: a snapshot's records as pure `PayRecord`s, the Trust's
 * stored method, and the figures computed and kept when Trust HR approves a snapshot.
 */
import {
  DEFAULT_PAY_GAP_METHOD,
  PayGapMethod,
  PayRecord,
  publicationOf,
  snapshotFigures,
  type SnapshotFigures,
} from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { asSystem } from '../utils/actor';

export interface StoredSnapshot {
  id: number;
  documentId: string;
  snapshotDate: string;
  approvedOn: string | null;
  approvedBy: string | null;
  figures: SnapshotFigures | null;
}

interface StoredRecord {
  academy: { slug: string } | null;
  employeeRef: string;
  sex: 'M' | 'F';
  ethnicity: string | null;
  ordinaryPay: number | string;
  bonusPayInPeriod: number | string;
  payPeriodDays: number;
  weeklyHours: number | string;
  bonusPay12Months: number | string;
  fullPayRelevant: boolean;
}

/** PostgreSQL returns decimals as strings. */
const toNumber = (value: number | string) => (typeof value === 'number' ? value : Number(value));

export function toPayRecord(stored: StoredRecord): PayRecord {
  return PayRecord.parse({
    academy: stored.academy?.slug ?? null,
    employeeRef: stored.employeeRef,
    sex: stored.sex,
    ethnicity: stored.ethnicity ?? null,
    ordinaryPay: toNumber(stored.ordinaryPay),
    bonusPayInPeriod: toNumber(stored.bonusPayInPeriod),
    payPeriodDays: stored.payPeriodDays,
    weeklyHours: toNumber(stored.weeklyHours),
    bonusPay12Months: toNumber(stored.bonusPay12Months),
    fullPayRelevant: stored.fullPayRelevant,
  });
}

const RECORD_FIELDS = ['employeeRef', 'sex', 'ethnicity', 'ordinaryPay', 'bonusPayInPeriod', 'payPeriodDays', 'weeklyHours', 'bonusPay12Months', 'fullPayRelevant'];
const BATCH = 1000;

export const createPayFiguresService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async method(): Promise<PayGapMethod> {
    const trust = (await asSystem(() => strapi.documents(UID.TRUST).findFirst({}))) as Record<string, unknown> | null;
    return PayGapMethod.parse({
      termTimeOnly: trust?.termTimeOnlyMethod ?? DEFAULT_PAY_GAP_METHOD.termTimeOnly,
      variableHoursShortService: trust?.variableHoursShortServiceMethod ?? DEFAULT_PAY_GAP_METHOD.variableHoursShortService,
    });
  },

  /** One page of a snapshot's records, in a stable order, with the total. */
  async recordsPage(snapshotDocumentId: string, start: number, limit: number): Promise<{ records: PayRecord[]; total: number }> {
    const filters = { snapshot: { documentId: snapshotDocumentId } };
    return asSystem(async () => {
      const documents = strapi.documents(UID.PAY_RECORD);
      const [stored, total] = await Promise.all([
        documents.findMany({ filters, fields: RECORD_FIELDS, populate: { academy: { fields: ['slug'] } }, sort: ['id:asc'], start, limit } as never),
        documents.count({ filters } as never),
      ]);
      return { records: (stored as unknown as StoredRecord[]).map(toPayRecord), total };
    });
  },

  async allRecords(snapshotDocumentId: string): Promise<PayRecord[]> {
    const all: PayRecord[] = [];
    for (let start = 0; ; start += BATCH) {
      const { records, total } = await this.recordsPage(snapshotDocumentId, start, BATCH);
      all.push(...records);
      if (records.length < BATCH || all.length >= total) return all;
    }
  },

  async compute(snapshotDocumentId: string): Promise<SnapshotFigures> {
    const [records, method] = await Promise.all([this.allRecords(snapshotDocumentId), this.method()]);
    return snapshotFigures(records, method);
  },

  /**
   * Keeps a snapshot's stored figures in step with its approval: computed when it is approved, cleared
   * when the approval is withdrawn. Written as `system`: the figures are the plugin's, not the approver's.
   */
  async syncApprovedFigures(snapshot: Pick<StoredSnapshot, 'documentId' | 'approvedOn'>): Promise<void> {
    const figures = snapshot.approvedOn ? await this.compute(snapshot.documentId) : null;
    await asSystem(() => strapi.documents(UID.PAY_SNAPSHOT).update({ documentId: snapshot.documentId, data: { figures } } as never));
  },

  async approvedSnapshots(): Promise<StoredSnapshot[]> {
    return (await asSystem(() =>
      strapi.documents(UID.PAY_SNAPSHOT).findMany({ filters: { approvedOn: { $notNull: true } }, sort: ['snapshotDate:desc'] } as never),
    )) as unknown as StoredSnapshot[];
  },

  /** The public report of every approved snapshot, newest first. */
  async publications() {
    const snapshots = await this.approvedSnapshots();
    return snapshots
      .filter((snapshot): snapshot is StoredSnapshot & { approvedOn: string; figures: SnapshotFigures } => !!snapshot.approvedOn && !!snapshot.figures)
      .map((snapshot) => publicationOf(snapshot));
  },
});

export type PayFiguresService = ReturnType<typeof createPayFiguresService>;
