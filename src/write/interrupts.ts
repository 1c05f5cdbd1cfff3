// What must not outlive the program when it is interrupted: temporary files and folders, a lock.
// Ctrl+C (SIGINT), SIGTERM or a closed terminal (SIGHUP) runs every clean-up registered here, then
// ends the program by the same signal again, now with Node's default action: the shell sees the
// usual interrupt (exit status 128 + the signal's number) and nothing partial is left behind.
// One handler per signal for all of them (one per file made Node warn of a listener leak when an
// import wrote more than ten files).
import { rmSync, unlinkSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const cleanUps = new Set<() => void>();

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanUp of [...cleanUps]) {
    try {
      cleanUp();
    } catch {
      // not made yet, or already in place: nothing partial is left either way
    }
  }
  cleanUps.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** Runs `cleanUp` if the program is interrupted before the returned function is called. */
export function onInterrupt(cleanUp: () => void): () => void {
  if (cleanUps.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanUps.add(cleanUp);
  return () => {
    cleanUps.delete(cleanUp);
    if (cleanUps.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}

/** A temporary file removed on an interrupt (`folder`: a temporary folder, removed with what is in it). */
export const interruptGuard = (temporary: string, folder = false): (() => void) =>
  onInterrupt(() => (folder ? rmSync(temporary, { recursive: true, force: true }) : unlinkSync(temporary)));
