//===- Machine.h - The machine a cost is predicted for ----------*- C++ -*-===//
//
// What the features compare a kernel against: cache sizes, vector width,
// cores and nominal peaks. `hostMachine()` reads the caches from Linux's
// sysfs cache descriptors; the peaks are nominal figures for the CPUs DLC
// targets (see cost-model/README.md) until a probe measures them. Features
// are computed against an explicit Machine, so tests use fixed values.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_MACHINE_H
#define DLC_COSTMODEL_MACHINE_H

#include <cstdint>
#include <string>

namespace dlc::cost {

struct Machine {
  int64_t l1dBytes = 48 * 1024;        ///< per core
  int64_t l2Bytes = 1024 * 1024;       ///< per core
  int64_t l3Bytes = 32 * 1024 * 1024;  ///< shared
  int64_t lineBytes = 64;
  int64_t vectorBytes = 64;            ///< 512-bit vectors
  int64_t cores = 2;
  double peakGflopsPerCore = 270;      ///< f32 FMA at full vector width
  double l2GBsPerCore = 200;           ///< L2 -> L1 bandwidth
  double dramGBs = 40;                 ///< shared

  /// One line naming the values above, stored with tuning records and
  /// models so that data from different machines is never mixed silently.
  std::string fingerprint() const;
};

/// This machine: caches and cores from sysfs and sysconf, vector width from
/// the CPU's flags (AVX-512 or 256-bit AVX2); a value that cannot be read
/// keeps the default above.
Machine hostMachine();

} // namespace dlc::cost

#endif // DLC_COSTMODEL_MACHINE_H
