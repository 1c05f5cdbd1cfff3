// Paths as users type them, by Windows' rules (path.win32) and by those of Linux and macOS
// (path.posix), whichever system the tests run on (src/paths.ts).
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePath, selfAndAncestors, shellArg } from '../../src/paths.js';

describe('a folder as the user gives it', () => {
  it('on Windows: .\\ and ..\\, forward slashes, other drives and UNC paths', () => {
    expect(resolvePath('C:\\Users\\erika', '.\\mein-netzwerk', win32)).toBe('C:\\Users\\erika\\mein-netzwerk');
    expect(resolvePath('C:\\Users\\erika', '..\\Netzwerk', win32)).toBe('C:\\Users\\Netzwerk');
    expect(resolvePath('C:\\Users\\erika', 'P:/Netzwerk-Kinderschutz', win32)).toBe('P:\\Netzwerk-Kinderschutz');
    expect(resolvePath('C:\\Users\\erika', 'P:\\Netzwerk-Kinderschutz\\', win32)).toBe('P:\\Netzwerk-Kinderschutz');
    expect(resolvePath('C:\\Users\\erika', '\\\\server\\jugendamt\\Netzwerk', win32)).toBe('\\\\server\\jugendamt\\Netzwerk');
  });

  it('on Linux and macOS a backslash is part of the name', () => {
    expect(resolvePath('/home/erika', '.\\mein-netzwerk', posix)).toBe('/home/erika/.\\mein-netzwerk');
    expect(resolvePath('/home/erika', './mein-netzwerk', posix)).toBe('/home/erika/mein-netzwerk');
  });
});

describe('the folders above', () => {
  it('end at the root of the drive', () => {
    expect(selfAndAncestors('C:\\Users\\erika\\netz', win32)).toEqual(['C:\\Users\\erika\\netz', 'C:\\Users\\erika', 'C:\\Users', 'C:\\']);
    expect(selfAndAncestors('\\\\server\\share\\netz', win32)).toEqual(['\\\\server\\share\\netz', '\\\\server\\share\\']);
    expect(selfAndAncestors('/home/erika', posix)).toEqual(['/home/erika', '/home', '/']);
  });
});

describe('a folder in a command the user can copy', () => {
  it('stays as it is when no shell reads anything into it', () => {
    for (const p of [win32, posix]) {
      expect(shellArg('mein-netzwerk', p)).toBe('mein-netzwerk');
      expect(shellArg('Netzwerk_Groß-Gerau.2026', p)).toBe('Netzwerk_Groß-Gerau.2026');
    }
    expect(shellArg('P:\\Netzwerk-Kinderschutz', win32)).toBe('P:\\Netzwerk-Kinderschutz');
    expect(shellArg('/home/erika/netz', posix)).toBe('/home/erika/netz');
  });

  it("Windows: double quotes (PowerShell and cmd), PowerShell's single quotes where $ or ` would be replaced", () => {
    expect(shellArg('P:\\Netzwerk Kinderschutz', win32)).toBe('"P:\\Netzwerk Kinderschutz"');
    expect(shellArg('Netzwerk (alt), Kopie', win32)).toBe('"Netzwerk (alt), Kopie"');
    expect(shellArg('\\\\server\\share$\\Netzwerk', win32)).toBe("'\\\\server\\share$\\Netzwerk'");
    expect(shellArg("Erika's Netz $neu", win32)).toBe("'Erika''s Netz $neu'");
  });

  it("Linux and macOS: single quotes, a quote inside written as '\\''", () => {
    expect(shellArg('Netzwerk Kinderschutz', posix)).toBe("'Netzwerk Kinderschutz'");
    expect(shellArg("Erika's Netz", posix)).toBe("'Erika'\\''s Netz'");
    expect(shellArg('$HOME/netz', posix)).toBe("'$HOME/netz'");
    expect(shellArg('~netz', posix)).toBe("'~netz'");
  });
});
