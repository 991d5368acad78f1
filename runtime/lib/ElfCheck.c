/*===- ElfCheck.c - Reject truncated or corrupt model.so files -----------===*
 *
 * dlopen trusts the file: a model.so cut short (an interrupted copy, a full
 * disk) maps segments past the end of the file and the first access to them
 * kills the process with SIGBUS, inside the loader, before any error can be
 * reported. dlc_rt_check_elf reads the ELF header and program headers first
 * and rejects, with a message, a file that is not a 64-bit little-endian
 * shared object for this machine or whose headers or loadable segments
 * reach past its end. It is a sanity check of the file's layout, not a
 * defence against crafted files (dlopen runs the model's code anyway).
 *
 *===----------------------------------------------------------------------===*/

#include "Internal.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#if defined(__x86_64__)
#define DLC_ELF_MACHINE EM_X86_64
#elif defined(__aarch64__)
#define DLC_ELF_MACHINE EM_AARCH64
#endif

int dlc_rt_check_elf(const char *path, char *why, size_t why_size) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(why, why_size, "%s", strerror(errno));
    return 1;
  }
  int bad = 1;
  struct stat st;
  Elf64_Ehdr eh;
  if (fstat(fileno(f), &st) != 0) {
    snprintf(why, why_size, "%s", strerror(errno));
    goto done;
  }
  uint64_t size = (uint64_t)st.st_size;
  if (size < sizeof(eh) || fread(&eh, sizeof(eh), 1, f) != 1 ||
      memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) {
    snprintf(why, why_size, "not an ELF file");
    goto done;
  }
  if (eh.e_ident[EI_CLASS] != ELFCLASS64 ||
      eh.e_ident[EI_DATA] != ELFDATA2LSB) {
    snprintf(why, why_size, "not a 64-bit little-endian ELF file");
    goto done;
  }
  if (eh.e_type != ET_DYN) {
    snprintf(why, why_size, "an ELF file but not a shared object");
    goto done;
  }
#ifdef DLC_ELF_MACHINE
  if (eh.e_machine != DLC_ELF_MACHINE) {
    snprintf(why, why_size, "a shared object for another machine (ELF "
             "machine %u)", (unsigned)eh.e_machine);
    goto done;
  }
#endif
  if (eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum == 0 ||
      eh.e_phoff > size ||
      (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr) > size - eh.e_phoff) {
    snprintf(why, why_size, "truncated or corrupt: program headers past the "
             "end of the file (%llu bytes)", (unsigned long long)size);
    goto done;
  }
  if (fseek(f, (long)eh.e_phoff, SEEK_SET) != 0) {
    snprintf(why, why_size, "%s", strerror(errno));
    goto done;
  }
  for (unsigned i = 0; i < eh.e_phnum; ++i) {
    Elf64_Phdr ph;
    if (fread(&ph, sizeof(ph), 1, f) != 1) {
      snprintf(why, why_size, "truncated program headers");
      goto done;
    }
    if (ph.p_type == PT_LOAD &&
        (ph.p_offset > size || ph.p_filesz > size - ph.p_offset)) {
      snprintf(why, why_size, "truncated: a loadable segment ends at byte "
               "%llu, the file has %llu",
               (unsigned long long)(ph.p_offset + ph.p_filesz),
               (unsigned long long)size);
      goto done;
    }
  }
  if (eh.e_shnum != 0 &&
      (eh.e_shoff > size ||
       (uint64_t)eh.e_shnum * eh.e_shentsize > size - eh.e_shoff)) {
    snprintf(why, why_size, "truncated: section headers past the end of the "
             "file (%llu bytes)", (unsigned long long)size);
    goto done;
  }
  bad = 0;
done:
  fclose(f);
  return bad;
}
