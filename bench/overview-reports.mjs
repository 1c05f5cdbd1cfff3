// Many networks' report files for the overview's benchmark (`npm run bench`: 200) and its
// linearity test (test/stress/overview-linear.test.ts): the public reports of the examples, each
// copied as many networks as asked, every copy with its own id, name, youth offices and keys
// (fictional: Kreis numbers 60 and up do not exist) and its figures varied by a seeded PRNG, the
// way many networks would send theirs. Same count, same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './prng.mjs';

/** Writes `count` report files into `dir` (made if missing) from `bases` (parsed report JSON) and returns their paths. */
export function writeReportFiles(dir, count, bases) {
  mkdirSync(dir, { recursive: true });
  const random = prng(31);
  const int = (max) => Math.floor(random() * (max + 1));
  const files = [];
  for (let i = 0; i < count; i++) {
    const report = structuredClone(bases[i % bases.length]);
    const n = String(i + 1).padStart(3, '0');
    // Regierungsbezirk 1, 3, 5, 7 or 9 (LVR or LWL), Kreis 60–99: every key made up.
    const kreis = `05${[1, 3, 5, 7, 9][i % 5]}${60 + (i % 40)}`;
    report.network.id = `netzwerk-${n}`;
    report.network.name = `Netzwerk Kinderschutz Beispielkreis ${n}`;
    report.network.region.name = `Beispielkreis ${n}`;
    report.network.youth_offices = report.network.youth_offices.map((y, k) => ({
      ...y,
      name: `Jugendamt ${n}-${k + 1}`,
      key: k === 0 ? kreis : `${kreis}${String(k * 4).padStart(3, '0')}`,
    }));
    report.partners.active += int(10);
    report.meetings.participants += int(40);
    report.meetings.network_meetings.held = int(4);
    report.meetings.qualification_offers.held = int(5);
    const file = join(dir, `netzwerk-${n}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    files.push(file);
  }
  return files;
}
