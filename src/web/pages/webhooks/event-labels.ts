import type { WebhookEvent } from '../../../db/schema/case-records.js';
import type { Bilingual } from '../../../domain/bilingual.js';

/** The case events in the words the admin reads them. */
export const EVENT_LABELS: Record<WebhookEvent, Bilingual> = {
  submitted: { da: 'Ansøgning indsendt', en: 'Application submitted' },
  decided: { da: 'Afgørelse truffet', en: 'Decision made' },
  report_submitted: { da: 'Opfølgningsrapport indsendt', en: 'Follow-up report submitted' },
  evaluated: { da: 'Projekt evalueret', en: 'Project evaluated' },
  closed: { da: 'Projekt afsluttet', en: 'Project closed' },
};

export const DELIVERY_STATUS_LABELS: Record<'pending' | 'sending' | 'delivered' | 'failed', Bilingual> = {
  pending: { da: 'Venter', en: 'Pending' },
  sending: { da: 'Sendes', en: 'Sending' },
  delivered: { da: 'Leveret', en: 'Delivered' },
  failed: { da: 'Fejlet', en: 'Failed' },
};
