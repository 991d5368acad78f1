//===- Records.h - Tuning records: measured schedules as JSON lines -*- C++ -*-===//
//
// One JSON object per line, one line per measured candidate, appended by
// dlc-tune and replayed by `dlc-compile --records`:
//
//   {"v": 1, "key": "k…", "model": "resnet18", "kernel": 3,
//    "schedule": "#kernel.schedule<…>", "status": "ok", "time_s": 1.2e-4,
//    "threads": 1, "machine": "l1d=…", "schema": "dlc-cpu-v3:…",
//    "features": [ … ]}
//
// The record of a run's default schedule has "default": true.
// `key` names the kernel independently of its schedule and of the model it
// came from (a hash of its printed IR without the schedule), so repeated
// blocks of a model share records. `status` is "ok" (a measurement),
// "chosen" (dlc-tune's choice for the kernel after measuring its finalists
// again: `time_s` is their median), or why the candidate has no time:
// "compile_error", "run_error" or "wrong_result" (its outputs differ from
// the default schedule's).
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_RECORDS_H
#define DLC_COSTMODEL_RECORDS_H

#include "dialects/Kernel/KernelOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace dlc::cost {

struct TuningRecord {
  std::string key;
  std::string model;
  int64_t kernel = -1;
  std::string schedule; ///< printed #kernel.schedule
  /// The kernel's default schedule, measured first in every tuning run:
  /// the baseline of the run's other measurements.
  bool isDefault = false;
  std::string status = "ok";
  double timeSeconds = 0; ///< median; 0 unless status is "ok"
  int64_t threads = 1;
  std::string machine;
  std::string schema;
  std::vector<float> features;
  /// KernelSummary::kind of the kernel ("" in records written before it).
  std::string kind;
};

/// The schedule-independent name of a kernel: "k" and the first 16 bytes,
/// in hex, of the SHA-256 of its printed IR without its schedule.
std::string kernelKey(kernel::FusedOp fused);

/// The median of `values` (not empty): the time a schedule is judged by.
double median(std::vector<double> values);

/// Appends `record` as one JSON line.
void writeRecord(llvm::raw_ostream &os, const TuningRecord &record);

/// Reads a records file. A malformed line is skipped with a warning in
/// `warnings` ("FILE:LINE: ..."); a file that cannot be read is an error.
llvm::Expected<std::vector<TuningRecord>>
readRecords(llvm::StringRef path, std::vector<std::string> &warnings);

/// An "ok" measurement and the time of its baseline: the median of the
/// "ok" times of the default schedule of the tuning run it belongs to.
struct PairedMeasurement {
  const TuningRecord *record;
  const TuningRecord *baseline;
  double baselineSeconds;
};

/// Every "ok" measurement of `records` (in file order) after a default one
/// of its key, paired with the last such default: the record flagged
/// "default", or, for a key without flags, its first record.
std::vector<PairedMeasurement>
pairWithDefaults(llvm::ArrayRef<TuningRecord> records);

/// What applyRecords did.
struct ReplayStats {
  int kernels = 0;  ///< kernels in the module
  int applied = 0;  ///< kernels given a recorded schedule
  int rejected = 0; ///< recorded best schedules that no longer fit
};

/// Gives every kernel of `module` the schedule recorded for its key on
/// `machine` (fingerprint) at `threads` threads: the last "chosen" one, or
/// without one the schedule whose "ok" measurements have the lowest median;
/// when it fits the kernel's loops.
ReplayStats applyRecords(mlir::ModuleOp module,
                         llvm::ArrayRef<TuningRecord> records,
                         llvm::StringRef machine, int64_t threads);

} // namespace dlc::cost

#endif // DLC_COSTMODEL_RECORDS_H
