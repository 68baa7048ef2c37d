import { UID } from '../../constants';
import { oneToMany, pluginOptions, restricted } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_pay_snapshots',
  info: {
    singularName: 'pay-snapshot',
    pluralName: 'pay-snapshots',
    displayName: 'Pay snapshot',
    description: "The Trust's relevant employees on a snapshot date (31 March). Approving it computes and publishes its Trust-level figures. Trust HR only.",
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: restricted({
    snapshotDate: { type: 'date', required: true, unique: true },
    approvedOn: { type: 'date' },
    approvedBy: { type: 'string' },
    // Computed by the plugin when the snapshot is approved; never typed in.
    figures: { type: 'json' },
    importedOn: { type: 'datetime' },
    sourceFile: { type: 'string' },
    records: oneToMany(UID.PAY_RECORD, 'snapshot'),
  }),
} as const;
