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

#include <optional>
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

/// How many of the relative model's best candidates the latency model is
/// asked to confirm (chooseSchedule).
inline constexpr size_t kAgreementCandidates = 8;

/// The merged kernel's predicted time may exceed its parts' by this share
/// before the latency model undoes a fusion. The fusions the rules allow
/// never recompute (Fusion.h), so each saves the intermediate tensor's
/// traffic and a kernel's overhead; a model trained without kernels of the
/// family predicted an exp-add-sqrt chain 1.10x slower merged than apart,
/// where it ran 1.7x faster merged (bench/COSTMODEL.md).
inline constexpr double kFusionMargin = 0.25;

/// A model shipped with DLC for this host's architecture, found from the
/// path of a DLC tool (`executable`) at
/// BIN/../share/dlc/cost-model/default-ARCH`suffix`.json: the relative model
/// (no suffix) or the latency model ("-latency"); "" when there is none.
std::string shippedModelPath(llvm::StringRef executable,
                             llvm::StringRef suffix = "");

/// Whether `model` was trained on kernels of `kind` (KernelSummary::kind):
/// a model predicts well only for kinds of kernel it has seen, and is not
/// asked about others. True for a model that does not record its kinds.
bool knowsKind(const Booster &model, llvm::StringRef kind);

/// The latency model's label of a measurement: log2 of `seconds` over the
/// roofline time that `features` hold (log2_t_roof_ns).
float latencyLabel(llvm::ArrayRef<float> features, double seconds);

/// The latency model (featureSchema(), the tuner's regressor) trained on
/// every measurement of `records`: features to latencyLabel. Its
/// predictions compare kernels with each other (predictLog2Ns), which
/// judging a fusion needs. An error with fewer than 4 measurements.
llvm::Expected<Booster> trainLatencyModel(llvm::ArrayRef<TuningRecord> records,
                                          TrainParams params);

/// A schedule and the log2 of its time over the kernel's current
/// schedule's that a relative model predicts, and the latency model's
/// (when one was asked).
struct ScoredSchedule {
  kernel::ScheduleAttr schedule;
  double log2Ratio = 0;
  std::optional<double> latencyLog2Ratio;
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
/// `margin` faster. With a `latency` model, a candidate (of the relative
/// model's kAgreementCandidates best) must be predicted `margin` faster by
/// both: two models of different form rarely share the
/// error of extrapolating to schedules unlike their data, which is what
/// makes the relative model alone pick schedules several times slower. With
/// `keepParallel`, every candidate runs the current schedule's loops in
/// parallel (for a model measured on fewer threads than the kernel will run
/// on, which cannot judge parallelism).
llvm::Expected<ScheduleChoice>
chooseSchedule(kernel::FusedOp fused, const KernelSummary &kernel,
               const Booster &model, const Machine &machine,
               std::mt19937_64 &rng, unsigned samples = 128,
               double margin = kChoiceMargin, bool keepParallel = false,
               const Booster *latency = nullptr);

/// What the latency model predicts for a fusion: the kernels apart (each
/// under its schedule) and the merged kernel (under the schedule it keeps).
struct FusionEstimate {
  double partsNs = 0;
  double mergedNs = 0;
  /// The merged kernel is predicted at most (1 + margin) x the parts' time.
  bool keep = true;
  /// A kind of kernel (of a part or the merged one) the model was not
  /// trained on, which keeps the fusion unjudged; "" when all were known.
  std::string unknownKind;
};

/// The latency model's judgement of merging `parts` into `merged`
/// (kernel::FusionProfitFn's question). Kernels the features cannot
/// describe, or of a kind the model was not trained on, keep the fusion.
llvm::Expected<FusionEstimate>
estimateFusion(const Booster &latency, llvm::ArrayRef<kernel::FusedOp> parts,
               kernel::FusedOp merged, const Machine &machine,
               double margin = kFusionMargin);

} // namespace dlc::cost

#endif // DLC_COSTMODEL_SEARCH_H
