import { DeadlineKind, ReminderChannel } from '@equality-hub/domain';
import { enumeration } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_sent_reminders',
  info: {
    singularName: 'sent-reminder',
    pluralName: 'sent-reminders',
    displayName: 'Sent reminder',
    description: 'Every deadline reminder sent, by its key: a reminder whose key is here is never sent again.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    // The database's unique index on the key is the claim: of two instances, the one whose insert wins sends.
    key: { type: 'string', required: true, unique: true, column: { unique: true } },
    recipient: { type: 'email', required: true },
    kind: enumeration(DeadlineKind, { required: true }),
    dueOn: { type: 'date', required: true },
    sentAt: { type: 'datetime', required: true },
    channel: enumeration(ReminderChannel, { required: true }),
  },
} as const;
