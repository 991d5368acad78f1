//===- Features.h - The cost model's feature vector -------------*- C++ -*-===//
//
// The numbers the cost model sees of one `kernel.fused` under one candidate
// `#kernel.schedule`: work, footprints and traffic against the machine's
// caches, access strides along the loops that matter, vector width use, the
// tile structure, parallel balance and fusion. They are computed
// analytically from the kernel's root generic (loop ranges, indexing maps,
// body) and the schedule, without building IR, so that a search can score
// thousands of candidates. cost-model/README.md defines every feature.
//
// Usage: summarize the kernel once, then compute one vector per candidate.
//
//   FailureOr<KernelSummary> k = summarizeKernel(fused);
//   FeatureVector f = computeFeatures(*k, schedule, hostMachine());
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_FEATURES_H
#define DLC_COSTMODEL_FEATURES_H

#include "cost-model/Machine.h"

#include "dialects/Kernel/KernelOps.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace dlc::cost {

/// The features, in vector order. Changing their meaning or order changes
/// kFeatureSchemaVersion (and so featureSchema()).
enum class Feature : unsigned {
  // A. Work
  LogPoints,
  LogFlops,
  TranscendentalsPerPoint,
  ElemBytes,
  HasReduction,
  LogReductionSize,
  // B. Footprint and traffic
  LogCompulsoryBytes,
  LogAiCompulsory,
  LogWsInner,
  LogWsMid,
  LogWsOuter,
  FitL1,
  FitL2,
  FitL3,
  LogTrafficL1,
  LogTrafficL2,
  LogTrafficDram,
  LogAiDram,
  LogTRoofNs,
  // C. Access pattern and vectors
  FracStride0Inner,
  FracStride1Inner,
  FracStrideNInner,
  FracContigVecLoop,
  VecWidthRatio,
  VecTailFrac,
  VecLoopReduction,
  StoreContiguous,
  LogUnroll,
  // D. Loop structure
  TileLevels,
  LogInnerTrip,
  PartialTileWaste,
  LogInnerTiles,
  // E. Parallelism
  LogParTasks,
  ParImbalance,
  ThreadsUsed,
  LogFlopsPerTask,
  // F. Fusion
  FusedGenerics,
  LogLocalBytes,
  // G. Knobs: register (inner) and first-level (outer) tile per loop role
  LogTileInnerLane,
  LogTileInnerParallel,
  LogTileInnerReduction,
  LogTileOuterLane,
  LogTileOuterParallel,
  LogTileOuterReduction,
  // H. Where the threads start: parallel regions entered, and a parallel
  // innermost loop (which lowering leaves rolled and scalar)
  LogParForks,
  ParInnermost,
  // I. The loop around the innermost one (where a register block's loads
  // come from: a depthwise conv's kw or kh)
  FracStride1Next,
  FracStrideNNext,
  LogNextTrip,
  NumFeatures
};

constexpr unsigned kNumFeatures = static_cast<unsigned>(Feature::NumFeatures);
using FeatureVector = std::array<float, kNumFeatures>;

/// The definitions' version: bump it with any change of a feature's meaning.
constexpr llvm::StringLiteral kFeatureSchemaVersion = "dlc-cpu-v3";

/// The name of each feature, in vector order (snake_case, as in README.md).
llvm::ArrayRef<llvm::StringLiteral> featureNames();

/// "dlc-cpu-v3:" followed by the SHA-256 of the ordered names: stored in
/// every model file and checked when one is loaded.
std::string featureSchema();

/// The relative model's rows (what dlc-compile chooses schedules with): a
/// candidate's features, then their difference from a baseline schedule's
/// (the kernel's heuristic one) of the same kernel; its label is log2 of
/// the candidate's time over the baseline's.
constexpr unsigned kNumRelativeFeatures = 2 * kNumFeatures;

/// The schema of relative rows: "dlc-cpu-rel-v3:" and the same hash.
std::string relativeSchema();

/// Appends the relative row of `candidate` against `baseline` to `rows`.
void appendRelativeRow(std::vector<float> &rows,
                       llvm::ArrayRef<float> candidate,
                       llvm::ArrayRef<float> baseline);

inline float get(const FeatureVector &v, Feature f) {
  return v[static_cast<unsigned>(f)];
}

/// How one operand of the root generic is read or written: per dim of the
/// operand, the coefficient of each loop (the map as a matrix), when every
/// result of the map is a sum of loops times constants plus a constant.
struct Access {
  llvm::SmallVector<int64_t> shape;
  /// coefficients[r][j]: loop j's coefficient in result r.
  llvm::SmallVector<llvm::SmallVector<int64_t>> coefficients;
  /// False when some result is not linear in the loops (mod, floordiv,
  /// symbols): its extent is then the whole dim and its strides unknown.
  llvm::SmallVector<bool> linear;
  int64_t elemBytes = 4;
  bool isOutput = false;
};

/// What the features need of one kernel, independent of the schedule.
struct KernelSummary {
  llvm::SmallVector<int64_t> ranges;     ///< root loop extents
  llvm::SmallVector<bool> isReduction;   ///< per root loop
  llvm::SmallVector<Access> accesses;    ///< root operands, inputs first
  /// The root loop that indexes the innermost dim of its first output
  /// alone (where a micro-kernel puts its lanes), or -1.
  int64_t laneLoop = -1;
  double flops = 0;           ///< all generics: float ops x iterations
  double transcendentals = 0; ///< math-dialect ops x iterations
  double compulsoryBytes = 0; ///< the kernel's operands, each once
  double localBytes = 0;      ///< values passed between its generics
  int64_t generics = 0;
  int64_t elemBytes = 4;      ///< the root's first output
  /// The kind of kernel, which a model knows only if its training data had
  /// it: the root's loops ("p" parallel, "r" reduction, "1" a reduction of
  /// one iteration, e.g. a depthwise conv's input channels) and the ops of
  /// the root's body, sorted: "ppr:arith.addf,arith.mulf" for a matmul,
  /// whatever its epilogue; "pppp1rr:arith.addf,arith.mulf" for a depthwise
  /// conv, "pppprrr:..." for a dense one. A root without reductions is
  /// "p*" whatever its rank: "p*:arith.addf" for a bias or residual add.
  std::string kind;
};

/// Summarizes `fused`; fails with a reason when the features cannot be
/// computed (no root generic, a dynamic shape).
mlir::FailureOr<KernelSummary> summarizeKernel(kernel::FusedOp fused,
                                               std::string *reason = nullptr);

/// The analytic part of the features in natural units (bytes, ns): what
/// `dlc-compile --explain` prints, and the roofline time that normalizes
/// measured costs. README.md defines each.
struct Estimate {
  double flops = 0, compulsoryBytes = 0;
  double wsInner = 0, wsMid = 0, wsOuter = 0;
  double trafficL1 = 0, trafficL2 = 0, trafficDram = 0;
  bool parallel = false; ///< the schedule runs some loop across threads
  double tasks = 1, threads = 1;
  double computeNs = 0, l2Ns = 0, dramNs = 0;
  double rooflineNs() const { return std::max({computeNs, l2Ns, dramNs}); }
  /// "compute", "L2" or "DRAM": the largest of the three times.
  const char *bound() const;
};

/// The estimate for `kernel` under `schedule` (null: untiled, scalar, one
/// thread) on `machine`.
Estimate estimate(const KernelSummary &kernel, kernel::ScheduleAttr schedule,
                  const Machine &machine);

/// The features of `kernel` run under `schedule` (null: untiled, scalar,
/// one thread) on `machine`.
FeatureVector computeFeatures(const KernelSummary &kernel,
                              kernel::ScheduleAttr schedule,
                              const Machine &machine);

} // namespace dlc::cost

#endif // DLC_COSTMODEL_FEATURES_H
