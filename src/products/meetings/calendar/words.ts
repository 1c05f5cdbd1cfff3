// The words the calendar puts into its events, German and English.

export const CALENDAR_WORDS = {
  de: { cancelled: 'Abgesagt', topics: 'Themen', online: 'Online-Teilnahme', by: 'Veranstaltet von', invited: 'Eingeladen', all: 'alle Partner des Netzwerks' },
  en: { cancelled: 'Cancelled', topics: 'Topics', online: 'Join online', by: 'Organised by', invited: 'Invited', all: 'all partners of the network' },
} as const;
