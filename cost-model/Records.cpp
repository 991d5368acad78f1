//===- Records.cpp - Tuning records: measured schedules as JSON lines -----===//

#include "cost-model/Records.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OperationSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA256.h"

#include <cassert>
#include <map>

using namespace mlir;
using namespace dlc;
using namespace dlc::cost;

std::string dlc::cost::kernelKey(kernel::FusedOp fused) {
  // Print a copy without the schedule (cloning keeps the operands, whose
  // names local scope leaves out: only their types matter).
  Operation *copy = fused->clone();
  copy->removeAttr("schedule");
  std::string text;
  {
    llvm::raw_string_ostream os(text);
    copy->print(os, OpPrintingFlags().useLocalScope());
  }
  copy->destroy();
  std::array<uint8_t, 32> digest = llvm::SHA256::hash(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(text.data()),
                              text.size()));
  return "k" + llvm::toHex(llvm::ArrayRef<uint8_t>(digest).take_front(16),
                           /*LowerCase=*/true);
}

double dlc::cost::median(std::vector<double> values) {
  assert(!values.empty() && "the median of nothing");
  llvm::sort(values);
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void dlc::cost::writeRecord(llvm::raw_ostream &os, const TuningRecord &r) {
  llvm::json::Array features;
  for (float f : r.features)
    features.push_back(static_cast<double>(f));
  llvm::json::Object o{{"v", 1},
                       {"key", r.key},
                       {"model", r.model},
                       {"kernel", r.kernel},
                       {"schedule", r.schedule},
                       {"status", r.status},
                       {"time_s", r.timeSeconds},
                       {"threads", r.threads},
                       {"machine", r.machine},
                       {"schema", r.schema},
                       {"features", std::move(features)}};
  if (r.isDefault)
    o["default"] = true;
  if (!r.kind.empty())
    o["kind"] = r.kind;
  os << llvm::json::Value(std::move(o)) << "\n";
}

llvm::Expected<std::vector<TuningRecord>>
dlc::cost::readRecords(llvm::StringRef path,
                       std::vector<std::string> &warnings) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    return llvm::createStringError(buffer.getError(),
                                   "cannot read records '%s': %s",
                                   path.str().c_str(),
                                   buffer.getError().message().c_str());
  std::vector<TuningRecord> records;
  llvm::SmallVector<llvm::StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (auto [index, line] : llvm::enumerate(lines)) {
    if (line.trim().empty())
      continue;
    auto warn = [&, index = index](const llvm::Twine &what) {
      warnings.push_back((path + ":" + llvm::Twine(index + 1) + ": " + what)
                             .str());
    };
    llvm::Expected<llvm::json::Value> value = llvm::json::parse(line);
    if (!value) {
      warn("not JSON: " + llvm::toString(value.takeError()));
      continue;
    }
    const llvm::json::Object *o = value->getAsObject();
    if (!o) {
      warn("not a JSON object");
      continue;
    }
    TuningRecord r;
    std::optional<llvm::StringRef> key = o->getString("key");
    std::optional<llvm::StringRef> schedule = o->getString("schedule");
    std::optional<llvm::StringRef> status = o->getString("status");
    if (!key || !schedule || !status) {
      warn("missing \"key\", \"schedule\" or \"status\"");
      continue;
    }
    r.key = key->str();
    r.schedule = schedule->str();
    r.status = status->str();
    r.model = o->getString("model").value_or("").str();
    r.kernel = o->getInteger("kernel").value_or(-1);
    r.kind = o->getString("kind").value_or("").str();
    r.timeSeconds = o->getNumber("time_s").value_or(0);
    r.threads = o->getInteger("threads").value_or(1);
    r.machine = o->getString("machine").value_or("").str();
    r.schema = o->getString("schema").value_or("").str();
    r.isDefault = o->getBoolean("default").value_or(false);
    if (const llvm::json::Array *f = o->getArray("features"))
      for (const llvm::json::Value &v : *f)
        r.features.push_back(static_cast<float>(v.getAsNumber().value_or(0)));
    if ((r.status == "ok" || r.status == "chosen") && !(r.timeSeconds > 0)) {
      warn("status \"" + r.status + "\" without a positive \"time_s\"");
      continue;
    }
    records.push_back(std::move(r));
  }
  return records;
}

std::vector<PairedMeasurement>
dlc::cost::pairWithDefaults(ArrayRef<TuningRecord> records) {
  llvm::StringSet<> flagged;
  for (const TuningRecord &r : records)
    if (r.isDefault)
      flagged.insert(r.key);
  // Times of each (key, schedule), for the baselines' medians.
  llvm::StringMap<std::vector<double>> times;
  for (const TuningRecord &r : records)
    if (r.status == "ok")
      times[r.key + "\n" + r.schedule].push_back(r.timeSeconds);
  llvm::StringMap<const TuningRecord *> baseline;
  std::vector<PairedMeasurement> pairs;
  for (const TuningRecord &r : records) {
    if (r.status != "ok")
      continue;
    if (r.isDefault || (!flagged.contains(r.key) && !baseline.count(r.key)))
      baseline[r.key] = &r;
    const TuningRecord *b = baseline.lookup(r.key);
    if (!b)
      continue;
    pairs.push_back({&r, b, median(times[r.key + "\n" + b->schedule])});
  }
  return pairs;
}

ReplayStats dlc::cost::applyRecords(ModuleOp module,
                                    llvm::ArrayRef<TuningRecord> records,
                                    llvm::StringRef machine, int64_t threads) {
  // Per kernel: the last "chosen" record; without one, the schedule with
  // the lowest median over its "ok" records.
  std::map<std::string, std::string> best;
  std::map<std::string, std::map<std::string, std::vector<double>>> times;
  for (const TuningRecord &r : records) {
    if (r.machine != machine || r.threads != threads)
      continue;
    if (r.status == "chosen")
      best[r.key] = r.schedule;
    else if (r.status == "ok")
      times[r.key][r.schedule].push_back(r.timeSeconds);
  }
  for (auto &[key, bySchedule] : times) {
    if (best.count(key))
      continue;
    double lowest = 0;
    for (const auto &[schedule, t] : bySchedule) {
      double m = median(t);
      if (!best.count(key) || m < lowest) {
        best[key] = schedule;
        lowest = m;
      }
    }
  }
  ReplayStats stats;
  module->walk([&](kernel::FusedOp fused) {
    ++stats.kernels;
    auto it = best.find(kernelKey(fused));
    if (it == best.end())
      return;
    kernel::GenericOp root = fused.getRoot();
    MLIRContext *ctx = fused.getContext();
    // A schedule that does not parse or fit is ignored, not an error: the
    // records may come from an older DLC.
    ScopedDiagnosticHandler quiet(ctx, [](Diagnostic &) { return success(); });
    auto schedule = dyn_cast_or_null<kernel::ScheduleAttr>(
        parseAttribute(it->second, ctx));
    if (!root || !schedule ||
        failed(schedule.verifyAgainstLoops(
            [&] { return fused.emitError(); }, root.getIteratorTypesArray(),
            root.getStaticLoopRanges()))) {
      ++stats.rejected;
      return;
    }
    fused.setScheduleAttr(schedule);
    ++stats.applied;
  });
  return stats;
}
