/*
 * A stand-in for the C library's rename() and link(), preloaded into the program under test
 * (LD_PRELOAD), to make the file system behave as the review saw it behave elsewhere:
 *   SHIM_RENAME_FAIL=<part>:<errno>  rename() to a path containing <part> fails (EBUSY: a file open
 *                                    in another program on Windows, OneDrive or SMB; EACCES …)
 *   SHIM_RENAME_FAIL_TIMES=<n>       … only the first n such renames (refused for a moment)
 *   SHIM_RENAME_DELAY_MS=<ms>        every rename() waits first (a slow share: two edits overlap)
 *   SHIM_LINK_FAIL=1                 link() fails with EPERM (FAT, exFAT and macOS SMB have no hard links)
 * Built by the tests with gcc; never part of the program.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int errno_of(const char *name) {
  if (strcmp(name, "EBUSY") == 0) return EBUSY;
  if (strcmp(name, "EACCES") == 0) return EACCES;
  if (strcmp(name, "EPERM") == 0) return EPERM;
  if (strcmp(name, "ENOSPC") == 0) return ENOSPC;
  return EIO;
}

static int rename_calls = 0;

int rename(const char *from, const char *to) {
  static int (*real)(const char *, const char *) = 0;
  if (!real) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
  const char *delay = getenv("SHIM_RENAME_DELAY_MS");
  if (delay) {
    long ms = atol(delay);
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, 0);
  }
  const char *fail = getenv("SHIM_RENAME_FAIL");
  if (fail) {
    char part[512];
    strncpy(part, fail, sizeof part - 1);
    part[sizeof part - 1] = 0;
    char *colon = strrchr(part, ':');
    if (colon) {
      *colon = 0;
      if (strstr(to, part)) {
        rename_calls++;
        const char *times = getenv("SHIM_RENAME_FAIL_TIMES");
        if (!times || rename_calls <= atoi(times)) {
          errno = errno_of(colon + 1);
          return -1;
        }
      }
    }
  }
  return real(from, to);
}

int link(const char *from, const char *to) {
  static int (*real)(const char *, const char *) = 0;
  if (!real) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "link");
  if (getenv("SHIM_LINK_FAIL")) {
    errno = EPERM;
    return -1;
  }
  return real(from, to);
}
