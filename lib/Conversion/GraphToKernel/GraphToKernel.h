//===- GraphToKernel.h - graph ops -> kernel dialect ------------*- C++ -*-===//

#ifndef DLC_CONVERSION_GRAPHTOKERNEL_GRAPHTOKERNEL_H
#define DLC_CONVERSION_GRAPHTOKERNEL_GRAPHTOKERNEL_H

#include "mlir/IR/PatternMatch.h"

namespace dlc {

/// Patterns lowering each graph op to one kernel.fused of kernel.generics
/// (see ConvertGraphToKernelPass). They expect static shapes.
void populateGraphToKernelPatterns(mlir::RewritePatternSet &patterns);

} // namespace dlc

#endif // DLC_CONVERSION_GRAPHTOKERNEL_GRAPHTOKERNEL_H
