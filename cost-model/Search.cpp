//===- Search.cpp - Candidate schedules for the tuner ---------------------===//

#include "cost-model/Search.h"

#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>
#include <numeric>
#include <set>

using namespace mlir;
using namespace dlc;
using namespace dlc::cost;

/// The kinds of kernel of `records`, joined by ';', or "" when a record has
/// none (written before kinds were).
static std::string kindsOf(ArrayRef<const TuningRecord *> records) {
  std::set<std::string> kinds;
  for (const TuningRecord *r : records) {
    if (r->kind.empty())
      return "";
    kinds.insert(r->kind);
  }
  return llvm::join(kinds, ";");
}

bool dlc::cost::fitsKernel(kernel::FusedOp fused,
                           kernel::ScheduleAttr schedule) {
  kernel::GenericOp root = fused.getRoot();
  if (!root || !schedule)
    return false;
  ScopedDiagnosticHandler quiet(fused.getContext(),
                                [](Diagnostic &) { return success(); });
  return succeeded(schedule.verifyAgainstLoops(
      [&] { return fused.emitError(); }, root.getIteratorTypesArray(),
      root.getStaticLoopRanges()));
}

kernel::ScheduleAttr dlc::cost::mutateSchedule(kernel::FusedOp fused,
                                               kernel::ScheduleAttr schedule,
                                               std::mt19937_64 &rng) {
  kernel::GenericOp root = fused.getRoot();
  if (!root || !schedule)
    return {};
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  SmallVector<kernel::IteratorType> iterators = root.getIteratorTypesArray();
  int64_t n = ranges.size();
  if (n == 0) // a kernel without loops has one schedule
    return {};
  MLIRContext *ctx = fused.getContext();
  auto pick = [&](int64_t count) {
    return std::uniform_int_distribution<int64_t>(0, count - 1)(rng);
  };
  for (int attempt = 0; attempt < 8; ++attempt) {
    SmallVector<SmallVector<int64_t>> tiles;
    for (unsigned l = 0; l < schedule.getNumTileLevels(); ++l)
      tiles.push_back(llvm::to_vector(schedule.getTileSizes(l)));
    SmallVector<int64_t> order = schedule.getEffectiveOrder(n);
    int64_t vector = schedule.getVector(), unroll = schedule.getUnroll();
    SmallVector<int64_t> parallel = llvm::to_vector(schedule.getParallel());
    bool halve = pick(2) == 0;
    switch (pick(5)) {
    case 0: { // one tile size
      if (tiles.empty())
        continue;
      unsigned level = pick(tiles.size());
      int64_t d = pick(n);
      // The enclosing tile: the previous level's size, or the range.
      int64_t enclosing = ranges[d];
      for (unsigned l = 0; l < level; ++l)
        if (tiles[l][d] > 0)
          enclosing = tiles[l][d];
      int64_t size = tiles[level][d] > 0 ? tiles[level][d] : enclosing;
      size = halve ? size / 2 : size * 2;
      if (size < 1 || size > enclosing)
        continue;
      tiles[level][d] = size == enclosing ? 0 : size;
      break;
    }
    case 1: { // two loops of the order
      if (n < 2)
        continue;
      int64_t a = pick(n), b = pick(n);
      if (a == b)
        continue;
      std::swap(order[a], order[b]);
      break;
    }
    case 2:
      vector = halve ? vector / 2 : vector * 2;
      if (vector < 1 || vector > 64)
        continue;
      break;
    case 3:
      unroll = halve ? unroll / 2 : unroll * 2;
      if (unroll < 1 || unroll > 16)
        continue;
      break;
    default: { // one parallel loop
      int64_t d = pick(n);
      if (iterators[d] != kernel::IteratorType::parallel)
        continue;
      auto *it = llvm::find(parallel, d);
      if (it != parallel.end())
        parallel.erase(it);
      else
        parallel.push_back(d);
      break;
    }
    }
    ScopedDiagnosticHandler quiet(ctx, [](Diagnostic &) { return success(); });
    kernel::ScheduleAttr candidate = kernel::ScheduleAttr::getValidated(
        [&] { return fused.emitError(); }, ctx, tiles, order, vector, unroll,
        parallel, schedule.getGpuBlock(), schedule.getGpuThread());
    if (candidate && candidate != schedule && fitsKernel(fused, candidate))
      return candidate;
  }
  return {};
}

SmallVector<kernel::ScheduleAttr> dlc::cost::sampleSchedules(
    kernel::FusedOp fused, kernel::ScheduleAttr around, unsigned count,
    std::mt19937_64 &rng, function_ref<bool(kernel::ScheduleAttr)> skip) {
  SmallVector<kernel::ScheduleAttr> samples;
  for (unsigned i = 0; i < 4 * count && samples.size() < count; ++i) {
    kernel::ScheduleAttr s = i % 2 == 0 || !around
                                 ? kernel::randomSchedule(fused, rng)
                                 : mutateSchedule(fused, around, rng);
    if (s && !llvm::is_contained(samples, s) && !(skip && skip(s)))
      samples.push_back(s);
  }
  return samples;
}

std::vector<size_t> dlc::cost::pickCandidates(llvm::ArrayRef<double> predicted,
                                              size_t count, double epsilon,
                                              std::mt19937_64 &rng) {
  std::vector<size_t> byCost(predicted.size());
  std::iota(byCost.begin(), byCost.end(), 0);
  // Ties by index, so that the order does not depend on the sort.
  std::sort(byCost.begin(), byCost.end(), [&](size_t a, size_t b) {
    return predicted[a] != predicted[b] ? predicted[a] < predicted[b] : a < b;
  });
  std::vector<bool> taken(predicted.size(), false);
  std::vector<size_t> picks;
  std::uniform_real_distribution<double> coin(0, 1);
  size_t next = 0;
  while (picks.size() < std::min(count, predicted.size())) {
    size_t choice;
    if (coin(rng) < epsilon) {
      std::vector<size_t> free;
      for (size_t i = 0; i < predicted.size(); ++i)
        if (!taken[i])
          free.push_back(i);
      choice = free[std::uniform_int_distribution<size_t>(
          0, free.size() - 1)(rng)];
    } else {
      while (taken[byCost[next]])
        ++next;
      choice = byCost[next];
    }
    taken[choice] = true;
    picks.push_back(choice);
  }
  return picks;
}

llvm::Expected<std::vector<double>>
dlc::cost::predictLog2Ns(const Booster &model, const KernelSummary &kernel,
                         ArrayRef<kernel::ScheduleAttr> schedules,
                         const Machine &machine) {
  std::vector<float> rows;
  std::vector<double> roofline;
  for (kernel::ScheduleAttr s : schedules) {
    FeatureVector f = computeFeatures(kernel, s, machine);
    rows.insert(rows.end(), f.begin(), f.end());
    roofline.push_back(
        std::log2(std::max(estimate(kernel, s, machine).rooflineNs(), 1.0)));
  }
  llvm::Expected<std::vector<float>> labels = model.predict(rows, kNumFeatures);
  if (!labels)
    return labels.takeError();
  std::vector<double> result;
  for (size_t i = 0; i < schedules.size(); ++i)
    result.push_back((*labels)[i] + roofline[i]);
  return result;
}

llvm::Expected<Booster>
dlc::cost::trainRelativeModel(ArrayRef<TuningRecord> records,
                              TrainParams params) {
  Dataset data(kNumRelativeFeatures);
  std::vector<float> row;
  std::vector<const TuningRecord *> used;
  for (const PairedMeasurement &p : pairWithDefaults(records)) {
    if (p.record->features.size() != kNumFeatures ||
        p.baseline->features.size() != kNumFeatures)
      continue;
    used.push_back(p.record);
    row.clear();
    appendRelativeRow(row, p.record->features, p.baseline->features);
    data.add(row, static_cast<float>(std::log2(p.record->timeSeconds /
                                               p.baselineSeconds)));
  }
  if (data.numRows() < 4)
    return llvm::createStringError(
        std::to_string(data.numRows()) +
        " measurements with a default schedule to compare with are too few "
        "to train on");
  params.kinds = kindsOf(used);
  return Booster::train(data, params, relativeSchema());
}

bool dlc::cost::knowsKind(const Booster &model, StringRef kind) {
  std::string kinds = model.attribute("kernel_kinds");
  if (kinds.empty())
    return true;
  SmallVector<StringRef> known;
  StringRef(kinds).split(known, ';');
  return llvm::is_contained(known, kind);
}

float dlc::cost::latencyLabel(ArrayRef<float> features, double seconds) {
  double rooflineNs = std::max(
      std::exp2(double(features[unsigned(Feature::LogTRoofNs)])) - 1, 1.0);
  return static_cast<float>(std::log2(seconds * 1e9 / rooflineNs));
}

llvm::Expected<Booster>
dlc::cost::trainLatencyModel(ArrayRef<TuningRecord> records,
                             TrainParams params) {
  Dataset data(kNumFeatures);
  std::vector<const TuningRecord *> used;
  for (const TuningRecord &r : records)
    if (r.features.size() == kNumFeatures && r.timeSeconds > 0) {
      data.add(r.features, latencyLabel(r.features, r.timeSeconds));
      used.push_back(&r);
    }
  if (data.numRows() < 4)
    return llvm::createStringError(std::to_string(data.numRows()) +
                                   " measurements are too few to train on");
  params.kinds = kindsOf(used);
  return Booster::train(data, params);
}

llvm::Expected<FusionEstimate> dlc::cost::estimateFusion(
    const Booster &latency, ArrayRef<kernel::FusedOp> parts,
    kernel::FusedOp merged, const Machine &machine, double margin) {
  FusionEstimate estimate;
  // The predicted time of `fused`, or std::nullopt where the model cannot
  // judge it (no summary, or a kind of kernel it was not trained on).
  auto predictNs =
      [&](kernel::FusedOp fused) -> llvm::Expected<std::optional<double>> {
    FailureOr<KernelSummary> summary = summarizeKernel(fused);
    if (failed(summary))
      return std::nullopt;
    if (!knowsKind(latency, summary->kind)) {
      estimate.unknownKind = summary->kind;
      return std::nullopt;
    }
    llvm::Expected<std::vector<double>> log2Ns =
        predictLog2Ns(latency, *summary, {fused.getScheduleAttr()}, machine);
    if (!log2Ns)
      return log2Ns.takeError();
    return std::exp2(log2Ns->front());
  };
  for (kernel::FusedOp part : parts) {
    llvm::Expected<std::optional<double>> ns = predictNs(part);
    if (!ns)
      return ns.takeError();
    if (!*ns)
      return estimate;
    estimate.partsNs += **ns;
  }
  llvm::Expected<std::optional<double>> ns = predictNs(merged);
  if (!ns)
    return ns.takeError();
  if (!*ns)
    return estimate;
  estimate.mergedNs = **ns;
  estimate.keep = estimate.mergedNs <= (1 + margin) * estimate.partsNs;
  return estimate;
}

llvm::Expected<ScheduleChoice>
dlc::cost::chooseSchedule(kernel::FusedOp fused, const KernelSummary &kernel,
                          const Booster &model, const Machine &machine,
                          std::mt19937_64 &rng, unsigned samples, double margin,
                          bool keepParallel, const Booster *latency) {
  kernel::ScheduleAttr current = fused.getScheduleAttr();
  SmallVector<kernel::ScheduleAttr> candidates = {current};
  for (kernel::ScheduleAttr s :
       sampleSchedules(fused, current, samples, rng,
                       [&](kernel::ScheduleAttr s) { return s == current; })) {
    if (keepParallel && current) {
      s = kernel::ScheduleAttr::get(
          s.getContext(), s.getTiles(), s.getOrder(), s.getVector(),
          s.getUnroll(), current.getParallel(), s.getGpuBlock(),
          s.getGpuThread());
      if (!fitsKernel(fused, s) || llvm::is_contained(candidates, s))
        continue;
    }
    candidates.push_back(s);
  }
  FeatureVector base = computeFeatures(kernel, current, machine);
  std::vector<float> rows;
  for (kernel::ScheduleAttr s : candidates) {
    FeatureVector f = computeFeatures(kernel, s, machine);
    appendRelativeRow(rows, f, base);
  }
  llvm::Expected<std::vector<float>> predicted =
      model.predict(rows, kNumRelativeFeatures);
  if (!predicted)
    return predicted.takeError();
  // The latency model's prediction for each candidate, over the current
  // schedule's.
  std::vector<std::optional<double>> second(candidates.size());
  if (latency) {
    llvm::Expected<std::vector<double>> log2Ns =
        predictLog2Ns(*latency, kernel, candidates, machine);
    if (!log2Ns)
      return log2Ns.takeError();
    for (size_t i = 0; i < candidates.size(); ++i)
      second[i] = (*log2Ns)[i] - (*log2Ns)[0];
  }
  ScheduleChoice choice;
  choice.margin = margin;
  choice.current = {current, (*predicted)[0], second[0]};
  // Ties keep the earlier candidate, the current schedule first.
  std::vector<size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*predicted)[a] != (*predicted)[b]
               ? (*predicted)[a] < (*predicted)[b]
               : a < b;
  });
  for (size_t i : order)
    choice.ranked.push_back({candidates[i], (*predicted)[i], second[i]});
  // The fastest by the relative model, of its kAgreementCandidates best,
  // that both models predict `margin` faster than the current schedule.
  // (Looking further down would find, among 128 candidates, one that both
  // models' errors favour.)
  double gain = std::log2(1 - margin);
  choice.chosen = current;
  for (const ScoredSchedule &s :
       llvm::ArrayRef(choice.ranked).take_front(kAgreementCandidates)) {
    if (s.log2Ratio > choice.current.log2Ratio + gain)
      break;
    if (!s.latencyLog2Ratio || *s.latencyLog2Ratio <= gain) {
      choice.chosen = s.schedule;
      break;
    }
  }
  return choice;
}

std::string dlc::cost::shippedModelPath(StringRef executable,
                                        StringRef suffix) {
  SmallString<256> path(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(executable)));
  llvm::sys::path::append(
      path, "share", "dlc", "cost-model",
      "default-" + llvm::Triple(llvm::sys::getProcessTriple()).getArchName() +
          suffix + ".json");
  return llvm::sys::fs::exists(path) ? std::string(path) : std::string();
}
