/*
 * Asks bcryptprimitives.dll for 64 random bytes the way Rust's standard library does (LoadLibrary,
 * ProcessPrng) and prints them in hex: the proof that the stand-in works under Wine.
 */
#include <windows.h>
#include <stdio.h>

typedef BOOL(WINAPI *Prng)(PBYTE, SIZE_T);

int main(void) {
  HMODULE dll = LoadLibraryW(L"bcryptprimitives.dll");
  if (!dll) return 3;
  Prng prng = (Prng)GetProcAddress(dll, "ProcessPrng");
  if (!prng) return 4;
  unsigned char bytes[64];
  if (!prng(bytes, sizeof bytes)) return 5;
  for (int i = 0; i < 64; i++) printf("%02x", bytes[i]);
  printf("\n");
  return 0;
}
