//===- Explain.cpp - Per-kernel cost estimates for people -----------------===//

#include "cost-model/Explain.h"
#include "cost-model/Features.h"

#include "dialects/Kernel/KernelOps.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <map>

using namespace mlir;
using namespace dlc;
using namespace dlc::cost;

namespace {

/// 1536 -> "1.5 KiB".
std::string bytes(double b) {
  const char *units[] = {"B", "KiB", "MiB", "GiB"};
  int u = 0;
  while (b >= 1024 && u < 3) {
    b /= 1024;
    ++u;
  }
  std::string s;
  llvm::raw_string_ostream os(s);
  os << llvm::format(u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
  return s;
}

std::string flops(double f) {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (f >= 1e9)
    os << llvm::format("%.2f GFLOP", f / 1e9);
  else if (f >= 1e6)
    os << llvm::format("%.2f MFLOP", f / 1e6);
  else
    os << llvm::format("%.0f FLOP", f);
  return s;
}

std::string duration(double ns) {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (ns >= 1e6)
    os << llvm::format("%.3f ms", ns / 1e6);
  else
    os << llvm::format("%.2f us", ns / 1e3);
  return s;
}

/// The candidates a model scored for one kernel: the best predicted time
/// against the heuristic's schedule's, the choice, and the three fastest
/// (times relative to the heuristic's schedule).
void explainChoice(const ScheduleChoice &c, bool replaced, raw_ostream &os) {
  double best =
      std::exp2(c.ranked.front().log2Ratio - c.current.log2Ratio);
  os << "  cost model: " << c.ranked.size()
     << " candidates; the best predicted at "
     << llvm::format("%.3f", best) << "x the heuristic's time: "
     << (c.chosen == c.current.schedule
             ? llvm::formatv("kept the heuristic's schedule (a candidate "
                             "needs {0:F2}x or less)",
                             1 - c.margin)
                   .str()
             : std::string("chosen"))
     << (replaced ? "; then replaced by --records" : "") << "\n";
  auto ratio = [](double log2Ratio) {
    return llvm::format("%.3fx", std::exp2(log2Ratio));
  };
  auto show = [&](const ScoredSchedule &s) {
    os << "    " << ratio(s.log2Ratio - c.current.log2Ratio);
    if (s.latencyLog2Ratio)
      os << " (latency model " << ratio(*s.latencyLog2Ratio) << ")";
    os << " " << s.schedule
       << (s.schedule == c.current.schedule ? " (heuristic)" : "")
       << (s.schedule == c.chosen && c.chosen != c.current.schedule
               ? " (chosen)"
               : "")
       << "\n";
  };
  for (const ScoredSchedule &s : llvm::ArrayRef(c.ranked).take_front(3))
    show(s);
  // A choice below the three fastest (the latency model disagreed with
  // those).
  auto chosen = llvm::find_if(c.ranked, [&](const ScoredSchedule &s) {
    return s.schedule == c.chosen;
  });
  if (chosen - c.ranked.begin() >= 3 && chosen != c.ranked.end())
    show(*chosen);
}

/// The fusions a latency model judged.
void explainFusions(llvm::ArrayRef<FusionReport> fusions, raw_ostream &os) {
  unsigned undone = llvm::count_if(
      fusions, [](const FusionReport &f) { return !f.estimate.keep; });
  unsigned judged = llvm::count_if(fusions, [](const FusionReport &f) {
    return f.estimate.unknownKind.empty();
  });
  os << "fusion: " << fusions.size() << " fusion"
     << (fusions.size() == 1 ? "" : "s")
     << " the rules allow; the latency model judged " << judged << " and undid "
     << undone << " (a merged kernel predicted more than "
     << llvm::format("%.2f", 1 + kFusionMargin)
     << "x its parts' time stays apart)\n";
  for (const FusionReport &f : fusions) {
    os << "  "
       << (!f.estimate.unknownKind.empty() ? "fused, not judged"
           : f.estimate.keep               ? "fused"
                                           : "apart")
       << ": ";
    llvm::interleave(
        f.parts, os,
        [&](const std::string &p) { os << (p.empty() ? "(unnamed)" : p); },
        " + ");
    if (!f.estimate.unknownKind.empty())
      os << ": not trained on kernels of kind '" << f.estimate.unknownKind
         << "'\n";
    else
      os << ": " << duration(f.estimate.mergedNs) << " merged, "
         << duration(f.estimate.partsNs) << " apart\n";
  }
}

} // namespace

void dlc::cost::explainKernels(ModuleOp module, const Machine &machine,
                               raw_ostream &os, const ModelReport *report) {
  SmallVector<kernel::FusedOp> kernels;
  module->walk([&](kernel::FusedOp f) { kernels.push_back(f); });
  os << "--explain: " << kernels.size() << " kernel"
     << (kernels.size() == 1 ? "" : "s") << ", analytic estimates for "
     << machine.fingerprint() << "; "
     << (report ? "schedules chosen with the " + report->source
                : std::string("the heuristic's schedules"))
     << "\n";
  if (report && !report->fusions.empty())
    explainFusions(report->fusions, os);
  double total = 0;
  int skipped = 0;
  std::map<std::string, int> bounds;
  for (auto [index, fused] : llvm::enumerate(kernels)) {
    os << "kernel " << index;
    std::string origin = kernel::describeKernel(fused);
    if (!origin.empty())
      os << " " << origin;
    std::string reason;
    FailureOr<KernelSummary> k = summarizeKernel(fused, &reason);
    if (failed(k)) {
      os << ": no estimate: " << reason << "\n";
      ++skipped;
      continue;
    }
    os << ": loops ";
    llvm::interleave(k->ranges, os, "x");
    os << " (";
    llvm::interleave(
        k->isReduction, os, [&](bool r) { os << (r ? "r" : "p"); }, " ");
    os << "), " << k->generics << " generic" << (k->generics == 1 ? "" : "s")
       << "\n";
    kernel::ScheduleAttr schedule = fused.getScheduleAttr();
    os << "  schedule ";
    if (schedule)
      os << schedule;
    else
      os << "none";
    os << "\n";
    Estimate e = estimate(*k, schedule, machine);
    os << "  " << flops(e.flops) << ", " << bytes(e.compulsoryBytes)
       << " in and out"
       << llvm::format(" (%.1f flop/B)",
                       e.compulsoryBytes > 0 ? e.flops / e.compulsoryBytes
                                             : 0.0)
       << "; inner tile " << bytes(e.wsInner) << ", outer tile "
       << bytes(e.wsOuter) << "; traffic into L1 " << bytes(e.trafficL1)
       << ", from DRAM " << bytes(e.trafficDram) << "; ";
    if (e.parallel)
      os << llvm::format("%.0f", e.tasks) << " tasks on "
         << llvm::format("%.0f", e.threads) << " thread"
         << (e.threads == 1 ? "" : "s");
    else
      os << "1 thread";
    os << "; roofline " << duration(e.rooflineNs()) << ", " << e.bound()
       << "-bound\n";
    total += e.rooflineNs();
    ++bounds[e.bound()];
    if (report) {
      if (auto it = report->choices.find(fused); it != report->choices.end())
        explainChoice(it->second, report->replaced.contains(fused), os);
      else if (auto kind = report->unknownKinds.find(fused);
               kind != report->unknownKinds.end())
        os << "  cost model: not asked (it was not trained on kernels of "
              "kind '"
           << kind->second << "': the heuristic's schedule)\n";
      else
        os << "  cost model: not asked (fewer than "
           << llvm::format("%.0e", kMinModelFlops)
           << " FLOP: the heuristic's schedule)\n";
    }
  }
  os << "total: roofline " << duration(total) << " over "
     << kernels.size() - skipped << " kernel"
     << (kernels.size() - skipped == 1 ? "" : "s");
  if (!bounds.empty()) {
    os << " (";
    llvm::interleave(
        bounds, os,
        [&](const auto &b) { os << b.second << " " << b.first << "-bound"; },
        ", ");
    os << ")";
  }
  if (skipped)
    os << "; " << skipped << " without an estimate";
  os << "\n";
}
