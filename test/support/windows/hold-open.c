/*
 * Holds a file open the way Windows programs do, for the Windows tier (run under Wine, built with
 * x86_64-w64-mingw32-gcc by test/support/windows/wine.ts; never part of the program):
 *   hold-open.exe excel     FILE READY STOP   opened for reading and writing, shared for reading
 *                                             only: no FILE_SHARE_WRITE, no FILE_SHARE_DELETE
 *                                             (Excel and many editors hold their files so)
 *   hold-open.exe exclusive FILE READY STOP   opened with no sharing at all (nobody may even read)
 *   hold-open.exe readonly  FILE              sets the read-only attribute (Explorer: Properties,
 *                                             "Schreibgeschützt") and exits
 * READY is created once the file is open; the file is held until a file matching STOP exists
 * (checked every 10 ms; STOP may hold wildcards: `P:\x\.partners.yaml.*.tmp`, the temporary file
 * netzwerk writes before it replaces the file, then released 150 ms later: a lock that passes,
 * as a virus scanner's or OneDrive's does).
 */
#include <windows.h>
#include <stdio.h>
#include <string.h>

int wmain(int argc, wchar_t **argv) {
  if (argc == 3 && wcscmp(argv[1], L"readonly") == 0) {
    DWORD attributes = GetFileAttributesW(argv[2]);
    if (attributes == INVALID_FILE_ATTRIBUTES || !SetFileAttributesW(argv[2], attributes | FILE_ATTRIBUTE_READONLY)) {
      fprintf(stderr, "hold-open: cannot set read-only (%lu)\n", GetLastError());
      return 1;
    }
    return 0;
  }
  if (argc != 5) {
    fprintf(stderr, "usage: hold-open.exe excel|exclusive FILE READY STOP | readonly FILE\n");
    return 2;
  }
  DWORD share = wcscmp(argv[1], L"exclusive") == 0 ? 0 : FILE_SHARE_READ;
  HANDLE file = CreateFileW(argv[2], GENERIC_READ | GENERIC_WRITE, share, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (file == INVALID_HANDLE_VALUE) {
    fprintf(stderr, "hold-open: cannot open (%lu)\n", GetLastError());
    return 1;
  }
  HANDLE ready = CreateFileW(argv[3], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
  if (ready == INVALID_HANDLE_VALUE) return 1;
  CloseHandle(ready);
  for (;;) {
    WIN32_FIND_DATAW found;
    HANDLE search = FindFirstFileW(argv[4], &found);
    if (search != INVALID_HANDLE_VALUE) {
      FindClose(search);
      break;
    }
    Sleep(10);
  }
  if (wcschr(argv[4], L'*')) Sleep(150);
  CloseHandle(file);
  return 0;
}
