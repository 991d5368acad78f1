//===- Explain.h - Per-kernel cost estimates for people ---------*- C++ -*-===//
//
// `dlc-compile --explain`: for every kernel of a module, its loops, its
// schedule and the cost model's analytic estimate (work, footprints,
// traffic, threads, roofline time and what bounds it), then the total.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_EXPLAIN_H
#define DLC_COSTMODEL_EXPLAIN_H

#include "cost-model/Machine.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace dlc::cost {

/// Prints the explanation of every kernel.fused of `module`, in order.
void explainKernels(mlir::ModuleOp module, const Machine &machine,
                    llvm::raw_ostream &os);

} // namespace dlc::cost

#endif // DLC_COSTMODEL_EXPLAIN_H
