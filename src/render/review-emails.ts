// `netzwerk review --format emails`: the people due for confirmation, ready for Outlook's To or
// Bcc field (`; `-separated, `Name <address>`, each address once), like the contacts command.
import type { ReviewFindings } from '../privacy/review.js';
import { reviewRecipients } from '../privacy/review.js';
import { displayName } from './contacts-emails.js';

export function renderReviewEmails(f: ReviewFindings): string {
  const entries = reviewRecipients(f).recipients.map((r) => `${displayName(r.name)} <${r.email}>`);
  return entries.length === 0 ? '' : `${entries.join('; ')}\n`;
}
