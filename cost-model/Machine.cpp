//===- Machine.cpp - The machine a cost is predicted for ------------------===//

#include "cost-model/Machine.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/TargetParser/Host.h"

#include <unistd.h>

using namespace dlc::cost;

namespace {

/// The trimmed contents of a small sysfs file, or "" when it cannot be read.
std::string readSysfs(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFileAsStream(path);
  if (!buffer)
    return "";
  return (*buffer)->getBuffer().trim().str();
}

/// A sysfs size such as "48K", "1024K" or "32M" in bytes; 0 if malformed.
int64_t parseSize(llvm::StringRef text) {
  int64_t scale = 1;
  if (text.consume_back("K"))
    scale = 1024;
  else if (text.consume_back("M"))
    scale = 1024 * 1024;
  int64_t value = 0;
  if (text.getAsInteger(10, value) || value <= 0)
    return 0;
  return value * scale;
}

} // namespace

std::string Machine::fingerprint() const {
  return "l1d=" + std::to_string(l1dBytes) + " l2=" + std::to_string(l2Bytes) +
         " l3=" + std::to_string(l3Bytes) +
         " line=" + std::to_string(lineBytes) +
         " vector=" + std::to_string(vectorBytes) +
         " cores=" + std::to_string(cores);
}

Machine dlc::cost::hostMachine() {
  Machine m;
  for (int index = 0; index < 8; ++index) {
    std::string dir =
        "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(index);
    std::string level = readSysfs(dir + "/level");
    if (level.empty())
      break;
    std::string type = readSysfs(dir + "/type");
    int64_t size = parseSize(readSysfs(dir + "/size"));
    if (size == 0 || type == "Instruction")
      continue;
    if (level == "1")
      m.l1dBytes = size;
    else if (level == "2")
      m.l2Bytes = size;
    else if (level == "3")
      m.l3Bytes = size;
    int64_t line = 0;
    if (!llvm::StringRef(readSysfs(dir + "/coherency_line_size"))
             .getAsInteger(10, line) &&
        line > 0)
      m.lineBytes = line;
  }
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  if (cores > 0)
    m.cores = cores;
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  m.vectorBytes = features.lookup("avx512f") ? 64
                  : features.lookup("avx2") ? 32
                                            : 16;
  return m;
}
