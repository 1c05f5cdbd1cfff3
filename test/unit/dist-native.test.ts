// `npm run dist` takes, of each runtime dependency's native packages, the one each system needs
// (scripts/dist/node-builds.mjs fitsTarget). The metadata below is what the npm registry gives
// (`npm view … os cpu libc`) for the PDF typesetter's packages (issue 28,
// @myriaddreamin/typst-ts-node-compiler 0.7.0), which have one package per system.
import { describe, expect, it } from 'vitest';
import { fitsTarget, TARGETS } from '../../scripts/dist/node-builds.mjs';

const TYPESETTER: Record<string, { os: string[]; cpu: string[]; libc?: string[] }> = {
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
};

describe('the native packages of the portable program', () => {
  it('each system gets exactly its own build: Windows x64 the MSVC one, Linux the glibc one (its Node.js is a glibc build), macOS x64', () => {
    const chosen = Object.fromEntries(
      Object.keys(TARGETS).map((target) => [target, Object.keys(TYPESETTER).filter((name) => fitsTarget(TYPESETTER[name]!, target))]),
    );
    expect(chosen).toEqual({ 'windows-x64': ['win32-x64-msvc'], 'linux-x64': ['linux-x64-gnu'], 'macos-x64': ['darwin-x64'] });
  });

  it('a package that names no system fits every one', () => {
    for (const target of Object.keys(TARGETS)) expect(fitsTarget({}, target)).toBe(true);
  });
});
