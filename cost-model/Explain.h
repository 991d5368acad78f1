//===- Explain.h - Per-kernel cost estimates for people ---------*- C++ -*-===//
//
// `dlc-compile --explain`: for every kernel of a module, its loops, its
// schedule and the cost model's analytic estimate (work, footprints,
// traffic, threads, roofline time and what bounds it), then the total; with
// a learned model, the candidates it scored and its choice.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_EXPLAIN_H
#define DLC_COSTMODEL_EXPLAIN_H

#include "cost-model/Machine.h"
#include "cost-model/Search.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/raw_ostream.h"

namespace dlc::cost {

/// A fusion the latency model judged: the kernels it merges (described by
/// kernel::describeKernel, the consumer last) and the estimate.
struct FusionReport {
  std::vector<std::string> parts;
  FusionEstimate estimate;
};

/// What a learned model chose, for the explanation.
struct ModelReport {
  std::string source; ///< how the model was found, e.g. its path
  llvm::DenseMap<mlir::Operation *, ScheduleChoice> choices;
  /// Kernels whose choice --records then replaced.
  llvm::DenseSet<mlir::Operation *> replaced;
  /// The fusions the latency model judged, in the order it judged them.
  std::vector<FusionReport> fusions;
  /// Kernels the model was not asked about because it was not trained on
  /// their kind (KernelSummary::kind).
  llvm::DenseMap<mlir::Operation *, std::string> unknownKinds;
};

/// Prints the explanation of every kernel.fused of `module`, in order; the
/// choices in `report`, when given, for the kernels it has.
void explainKernels(mlir::ModuleOp module, const Machine &machine,
                    llvm::raw_ostream &os,
                    const ModelReport *report = nullptr);

} // namespace dlc::cost

#endif // DLC_COSTMODEL_EXPLAIN_H
