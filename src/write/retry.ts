// What a failed write means on the systems coordinators use: a rename that Windows, OneDrive or an
// SMB share refuses for a moment (a virus scanner holds the file) is tried again briefly; a
// lasting failure is put into words the user can act on (open elsewhere, read-only, no space).

/** Errors a rename may meet for a moment on Windows, OneDrive or SMB, then succeed. */
const PASSING = new Set(['EBUSY', 'EPERM', 'EACCES']);
const RETRIES = [50, 100, 200, 400, 800];

/** Runs `op`, again after a short wait while it fails with an error that passes (about 1.5 s in all). */
export async function retrying<T>(op: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await op();
    } catch (e) {
      if (i >= RETRIES.length || !PASSING.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
      await new Promise((resolve) => setTimeout(resolve, RETRIES[i]));
    }
  }
}

/** What a failed write means for the user: the catalogue's word for its cause. */
export function causeOf(e: unknown): 'locked' | 'read-only' | 'no-space' | 'other' {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (code === 'EBUSY' || code === 'ETXTBSY') return 'locked';
  if (code === 'EPERM' || code === 'EACCES' || code === 'EROFS') return process.platform === 'win32' && code !== 'EROFS' ? 'locked' : 'read-only';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'no-space';
  return 'other';
}

/** A file marked read-only; on Windows that is the attribute the Explorer shows ("Schreibgeschützt"), and the message says where. */
export const readOnlyCause = (): 'read-only' | 'read-only-attribute' => (process.platform === 'win32' ? 'read-only-attribute' : 'read-only');
