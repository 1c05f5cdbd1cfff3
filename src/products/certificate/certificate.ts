// What a certificate of attendance says about the meeting, the same on every certificate of it:
// when and where, how long (hours, teaching units), who organised it, what was learnt
// (learning_content, else the topics), and who signs (the coordination of the network).
import { formatDate, formatDecimal, formatWhen } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { label, MEETING_TYPE_LABELS } from '../../i18n/labels.js';
import { dayOf } from '../../model/dates.js';
import type { IsoDate, Meeting, Model } from '../../model/types.js';
import { CERTIFICATE_WORDS } from './words.js';

export interface CertificateText {
  network: string;
  attended: string;
  facts: { label: string; value: string }[];
  content: string[];
  dated: string;
  signature: string;
}

export function certificateText(model: Model, m: Meeting, today: IsoDate, lang: Lang): CertificateText {
  const w = CERTIFICATE_WORDS[lang];
  const time = (v: string) => (v.length > 10 ? v.slice(11, 16) : undefined);
  const when = formatWhen(
    {
      allDay: m.allDay,
      startDay: dayOf(m.start),
      endDay: dayOf(m.end ?? m.start),
      ...(time(m.start) ? { startTime: time(m.start)! } : {}),
      ...(m.end && time(m.end) ? { endTime: time(m.end)! } : {}),
    },
    lang,
  );
  const length = w.length(m.hours === undefined ? undefined : formatDecimal(m.hours, lang), m.teaching_units);
  const organizers = m.organizers.map((id) => model.partnerById.get(id)?.name ?? id);
  const office = model.partnerById.get(model.network.coordinators[0]?.partner ?? model.network.youth_offices[0] ?? '');
  return {
    network: model.network.name,
    attended: w.attended(label(MEETING_TYPE_LABELS, m.type, lang), m.title),
    facts: [
      { label: w.on, value: when },
      ...(m.location ? [{ label: w.place, value: m.location }] : []),
      ...(length ? [{ label: w.lengthLabel, value: length }] : []),
      ...(organizers.length > 0 ? [{ label: w.organizers, value: organizers.join(', ') }] : []),
    ],
    content: m.learning_content.length > 0 ? m.learning_content : m.topics,
    dated: w.dated(office?.address?.city ?? model.network.region.name, formatDate(today, lang)),
    signature: w.signature(model.network.name),
  };
}
