// The order of keys in the network's files, as the schemas list them: new entries are written
// in this order, and a key added to an entry goes where this order puts it (test/cli/edit.test.ts
// checks the lists against schemas/).
export const KEY_ORDER = {
  partner: [
    'id',
    'name',
    'sector',
    'actor_type',
    'municipalities',
    'address',
    'website',
    'email',
    'phone',
    'joined',
    'left',
    'tags',
    'languages',
    'offers',
    'updated',
    'translations',
    'schutzkonzept',
    'verified',
    'contacts',
    'sample',
  ],
  offer: [
    'title',
    'description',
    'for',
    'ages',
    'languages',
    'cost',
    'anonymous',
    'hours',
    'accessibility',
    'municipalities',
    'url',
    'updated',
    'translations',
  ],
  address: ['street', 'postal_code', 'city'],
  schutzkonzept: ['status', 'since', 'review', 'basis'],
  contact: ['name', 'salutation', 'function', 'email', 'phone', 'mobile', 'insofa', 'visibility', 'consent', 'verified', 'sample'],
  coordinator: ['name', 'salutation', 'partner', 'email', 'phone', 'function', 'visibility', 'consent', 'verified', 'fte', 'qualifications', 'sample'],
  meeting: [
    'id',
    'title',
    'type',
    'start',
    'end',
    'status',
    'location',
    'online',
    'organizers',
    'invited',
    'attendance',
    'guests',
    'evaluation',
    'qualification_offer',
    'hours',
    'teaching_units',
    'learning_content',
    'public',
    'topics',
    'description',
    'minutes',
    'revision',
    'sample',
  ],
  activity: ['id', 'title', 'type', 'date', 'start', 'end', 'body', 'count', 'url', 'description', 'sample'],
} as const;

/** The entry with its keys in the schema's order (keys the order does not know keep their place at the end). */
export function ordered<T extends Record<string, unknown>>(entry: T, order: readonly string[]): T {
  const keys = Object.keys(entry).sort((a, b) => rank(order, a) - rank(order, b));
  return Object.fromEntries(keys.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]])) as T;
}

const rank = (order: readonly string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
