//===- Search.h - Candidate schedules for the tuner -------------*- C++ -*-===//
//
// The moves of dlc-tune's search over one kernel's schedules: random legal
// schedules (kernel::randomSchedule) and neighbours of a good one, each
// checked against the kernel's loops; and the choice of what to measure
// next from a pool, by predicted cost with epsilon-greedy exploration.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_SEARCH_H
#define DLC_COSTMODEL_SEARCH_H

#include "cost-model/Booster.h"
#include "cost-model/Features.h"
#include "cost-model/Records.h"

#include "dialects/Kernel/KernelOps.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <random>
#include <string>
#include <vector>

namespace dlc::cost {

/// Whether `schedule` is valid for `fused`'s loops (no diagnostic).
bool fitsKernel(kernel::FusedOp fused, kernel::ScheduleAttr schedule);

/// A neighbour of `schedule` that fits `fused`: one tile size halved or
/// doubled, two loops of the order swapped, the vector width or the unroll
/// factor halved or doubled, or one parallel loop added or removed. Null
/// when no move gives a valid schedule after a few tries.
kernel::ScheduleAttr mutateSchedule(kernel::FusedOp fused,
                                    kernel::ScheduleAttr schedule,
                                    std::mt19937_64 &rng);

/// Up to `count` distinct schedules that fit `fused`, drawn from `rng`
/// alternately at random and as neighbours of `around` (at random only
/// when it is null), leaving out those `skip` rejects.
llvm::SmallVector<kernel::ScheduleAttr>
sampleSchedules(kernel::FusedOp fused, kernel::ScheduleAttr around,
                unsigned count, std::mt19937_64 &rng,
                llvm::function_ref<bool(kernel::ScheduleAttr)> skip = {});

/// Indices of the `count` entries of `pool` to measure: the lowest
/// `predicted` costs, except that each pick is, with probability `epsilon`,
/// a random entry not yet picked instead.
std::vector<size_t> pickCandidates(llvm::ArrayRef<double> predicted,
                                   size_t count, double epsilon,
                                   std::mt19937_64 &rng);

/// log2 of the time in ns `model` predicts for `kernel` under each of
/// `schedules`: its label, log2(time / roofline time), plus log2 of the
/// roofline time.
llvm::Expected<std::vector<double>>
predictLog2Ns(const Booster &model, const KernelSummary &kernel,
              llvm::ArrayRef<kernel::ScheduleAttr> schedules,
              const Machine &machine);

/// The gain a candidate must be predicted to have over a kernel's schedule
/// for dlc-compile to take it instead: small predicted gains are mostly the
/// model's error (the best of 128 predictions is biased low).
inline constexpr double kChoiceMargin = 0.10;

/// The smallest kernel (in flops) dlc-compile asks the model about: the
/// corpus has no smaller one (cost-model/corpus.py measures from 1e5), and
/// a smaller kernel takes microseconds whatever its schedule.
inline constexpr double kMinModelFlops = 1e5;

/// The model shipped with DLC for this host's architecture, found from the
/// path of a DLC tool (`executable`) at
/// BIN/../share/dlc/cost-model/default-ARCH.json; "" when there is none.
std::string shippedModelPath(llvm::StringRef executable);

/// A schedule and the log2 of its time over the kernel's current
/// schedule's that a relative model predicts.
struct ScoredSchedule {
  kernel::ScheduleAttr schedule;
  double log2Ratio = 0;
};

/// What chooseSchedule considered and chose.
struct ScheduleChoice {
  kernel::ScheduleAttr chosen;
  /// The kernel's schedule before the choice, scored.
  ScoredSchedule current;
  /// Every candidate, the current one included, fastest predicted first.
  std::vector<ScoredSchedule> ranked;
  /// The gain over the current schedule a candidate needed.
  double margin = 0;
};

/// The relative model (relativeSchema()) trained on the measurements of
/// `records` paired with their runs' default schedules (pairWithDefaults):
/// features of a candidate and their difference from the default's, to
/// log2 of the candidate's time over the default's. An error with fewer
/// than 4 pairs.
llvm::Expected<Booster> trainRelativeModel(llvm::ArrayRef<TuningRecord> records,
                                           TrainParams params);

/// The schedule the relative `model` predicts fastest for `fused` among its
/// current one and `samples` random schedules and neighbours of it (drawn
/// from `rng`): the current one unless another is predicted at least
/// `margin` faster. With `keepParallel`, every candidate runs the current
/// schedule's loops in parallel (for a model measured on fewer threads than
/// the kernel will run on, which cannot judge parallelism).
llvm::Expected<ScheduleChoice>
chooseSchedule(kernel::FusedOp fused, const KernelSummary &kernel,
               const Booster &model, const Machine &machine,
               std::mt19937_64 &rng, unsigned samples = 128,
               double margin = kChoiceMargin, bool keepParallel = false);

} // namespace dlc::cost

#endif // DLC_COSTMODEL_SEARCH_H
