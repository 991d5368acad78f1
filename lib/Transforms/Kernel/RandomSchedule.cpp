//===- RandomSchedule.cpp - Random legal schedules for testing ------------===//
//
// Draws schedules the way a tuner's search could: any tile sizes within the
// loop extents (not only divisors), any loop order, any subset of the
// parallel loops in parallel. Used by the end-to-end tests to show that
// lowering computes the same numbers under every legal schedule.
//
//===----------------------------------------------------------------------===//

#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/IR/Verifier.h"

namespace dlc {
namespace kernel {
#define GEN_PASS_DEF_KERNELRANDOMSCHEDULEPASS
#include "lib/Transforms/Kernel/Passes.h.inc"
} // namespace kernel
} // namespace dlc

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

ScheduleAttr kernel::randomSchedule(FusedOp fused, std::mt19937_64 &rng) {
  GenericOp root = fused.getRoot();
  if (!root)
    return {};
  SmallVector<IteratorType> iterators = root.getIteratorTypesArray();
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  int64_t n = iterators.size();
  auto uniform = [&](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  // Tiles: each level inside the previous one; 0 leaves a loop untiled.
  SmallVector<SmallVector<int64_t>> tiles;
  int64_t levels = uniform(0, 3);
  SmallVector<int64_t> bound(ranges);
  for (int64_t level = 0; level < levels; ++level) {
    SmallVector<int64_t> sizes;
    for (int64_t d = 0; d < n; ++d) {
      int64_t limit = bound[d] == ShapedType::kDynamic ? 1 : bound[d];
      if (limit <= 1 || uniform(0, 3) == 0) {
        sizes.push_back(0);
        continue;
      }
      int64_t size = uniform(1, limit);
      sizes.push_back(size);
      bound[d] = size;
    }
    tiles.push_back(sizes);
  }
  SmallVector<int64_t> order = llvm::to_vector(llvm::seq<int64_t>(0, n));
  std::shuffle(order.begin(), order.end(), rng);
  SmallVector<int64_t> parallel;
  for (int64_t d = 0; d < n; ++d)
    if (iterators[d] == IteratorType::parallel && uniform(0, 2) == 0)
      parallel.push_back(d);
  int64_t vector = int64_t(1) << uniform(0, 4);
  int64_t unroll = int64_t(1) << uniform(0, 2);
  return ScheduleAttr::get(fused.getContext(), tiles, order, vector, unroll,
                           parallel);
}

namespace {
struct KernelRandomSchedulePass
    : kernel::impl::KernelRandomSchedulePassBase<KernelRandomSchedulePass> {
  using Base::Base;
  void runOnOperation() override {
    std::mt19937_64 rng(seed);
    getOperation().walk([&](FusedOp fused) {
      if (ScheduleAttr s = randomSchedule(fused, rng))
        fused.setScheduleAttr(s);
    });
    // The schedules must be legal by construction; check anyway.
    if (failed(mlir::verify(getOperation())))
      signalPassFailure();
  }
};
} // namespace
