/*
 * A stand-in for Windows 10's bcryptprimitives.dll, which Wine 8 lacks: Rust programs (the PDF
 * typesetter's native addon, once it is a dependency) take their random numbers from its
 * ProcessPrng and do not load without it. Here ProcessPrng asks RtlGenRandom (advapi32's
 * SystemFunction036), which Wine has. Built by test/support/windows/setup.ts with
 * x86_64-w64-mingw32-gcc and put into the test prefix's system32 only; never part of the program.
 */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
