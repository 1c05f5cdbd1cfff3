// The overview as JSON: the contract documented in docs/overview.md and described by
// schemas/output/overview.schema.json.
import type { Overview } from '../types.js';

export const renderOverviewJson = (overview: Overview): string => JSON.stringify(overview, null, 2) + '\n';
