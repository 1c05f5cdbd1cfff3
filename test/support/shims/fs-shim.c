/*
 * A stand-in for the C library's rename() and link(), preloaded into the program under test
 * (LD_PRELOAD), to make the file system behave as the review saw it behave elsewhere:
 *   SHIM_RENAME_FAIL=<part>:<errno>  rename() to a path containing <part> fails (EBUSY: a file open
 *                                    in another program on Windows, OneDrive or SMB; EACCES …)
 *   SHIM_RENAME_FAIL_TIMES=<n>       … only the first n such renames (refused for a moment)
 *   SHIM_RENAME_DELAY_MS=<ms>        every rename() waits first (a slow share: two edits overlap)
 *   SHIM_LINK_FAIL=1                 link() fails with EPERM (FAT, exFAT and macOS SMB have no hard links)
 *   SHIM_OPEN_FAIL=<part>:<errno>    open() of a path containing <part> fails (EIO: a file that OneDrive
 *                                    keeps only online and cannot fetch now, a share that went away);
 *                                    preloaded into Wine too, whose Windows programs then meet it
 * Built by the tests with gcc; never part of the program.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int errno_of(const char *name) {
  if (strcmp(name, "EBUSY") == 0) return EBUSY;
  if (strcmp(name, "EACCES") == 0) return EACCES;
  if (strcmp(name, "EPERM") == 0) return EPERM;
  if (strcmp(name, "ENOSPC") == 0) return ENOSPC;
  if (strcmp(name, "ETIMEDOUT") == 0) return ETIMEDOUT;
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

/* Whether SHIM_OPEN_FAIL names this path; sets errno then. */
static int open_fails(const char *path) {
  const char *fail = getenv("SHIM_OPEN_FAIL");
  if (!fail || !path) return 0;
  char part[512];
  strncpy(part, fail, sizeof part - 1);
  part[sizeof part - 1] = 0;
  char *colon = strrchr(part, ':');
  if (!colon) return 0;
  *colon = 0;
  if (!strstr(path, part)) return 0;
  errno = errno_of(colon + 1);
  return 1;
}

#define OPEN_SHIM(name, ...)                                                        \
  static int (*real)() = 0;                                                         \
  if (!real) real = (int (*)())dlsym(RTLD_NEXT, name);                              \
  mode_t mode = 0;                                                                  \
  if (flags & (O_CREAT | O_TMPFILE)) {                                              \
    va_list args;                                                                   \
    va_start(args, flags);                                                          \
    mode = va_arg(args, mode_t);                                                    \
    va_end(args);                                                                   \
  }                                                                                 \
  if (open_fails(path)) return -1;                                                  \
  return real(__VA_ARGS__, mode);

int open(const char *path, int flags, ...) { OPEN_SHIM("open", path, flags) }
int open64(const char *path, int flags, ...) { OPEN_SHIM("open64", path, flags) }
int openat(int dir, const char *path, int flags, ...) { OPEN_SHIM("openat", dir, path, flags) }
int openat64(int dir, const char *path, int flags, ...) { OPEN_SHIM("openat64", dir, path, flags) }
