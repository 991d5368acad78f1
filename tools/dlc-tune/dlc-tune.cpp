//===- dlc-tune.cpp - Measures and searches the schedules of a model's kernels ===//
//
//   dlc-tune model.onnx --trials 32 --records tune.jsonl
//   dlc-compile model.onnx --records tune.jsonl -o model.so
//
// For every kernel of the model (as dlc-compile fuses it; with --no-fusion,
// of the unfused model) with enough work:
//  1. a module holding that kernel alone is built (its constant operands
//     kept as constants, the others as inputs), compiled with the default
//     schedule and run once through dlc-run, whose outputs become the
//     reference every candidate is checked against;
//  2. candidates are measured in batches, each compiled in-process and run
//     in its own dlc-run process (a crash, an error or outputs that differ
//     from the reference mark the candidate, nothing more): the first batch
//     is random legal schedules and neighbours of the default one; after
//     each batch an XGBoost regressor over every measurement so far
//     (features -> log2(time / roofline time)) is retrained and ranks a pool
//     of random schedules and neighbours of the best ones, and the batch is
//     the best predicted, each pick random with probability --epsilon;
//  3. every measurement is appended to the records file at once, so an
//     interrupted run keeps what it measured.
// It ends with a table: per kernel the default schedule's time, the best
// found and its schedule.
//
//===----------------------------------------------------------------------===//

#include "cost-model/Booster.h"
#include "cost-model/Features.h"
#include "cost-model/Machine.h"
#include "cost-model/Records.h"
#include "cost-model/Search.h"
#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Import/Onnx/OnnxImporter.h"
#include "lib/Pipelines/InitAll.h"
#include "lib/Pipelines/Pipelines.h"
#include "lib/Support/Diagnostics.h"
#include "lib/Target/Cpu/CpuTarget.h"
#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"

#include <chrono>
#include <cmath>
#include <optional>
#include <random>

using namespace mlir;
using namespace dlc;
namespace cl = llvm::cl;

static cl::OptionCategory category("dlc-tune options");

static cl::opt<std::string>
    inputFile(cl::Positional,
              cl::desc("<model.onnx> (none with --trials 0: train only)"),
              cl::cat(category));
static cl::opt<unsigned>
    trials("trials",
           cl::desc("Candidate schedules measured per kernel, the default "
                    "one excluded (default 32; 0 with --save-model: measure "
                    "nothing, train on the records)"),
           cl::init(32), cl::cat(category));
static cl::opt<unsigned>
    batchSize("batch",
              cl::desc("Candidates measured between two retrainings of the "
                       "cost model (default 8)"),
              cl::init(8), cl::cat(category));
static cl::opt<std::string>
    recordsPath("records",
                cl::desc("Tuning-records file the measurements are appended "
                         "to (default tune.jsonl); dlc-compile --records "
                         "replays the best"),
                cl::init("tune.jsonl"), cl::value_desc("FILE"),
                cl::cat(category));
static cl::opt<unsigned>
    threads("num-threads",
            cl::desc("Threads the kernels run on while measured (default: "
                     "this machine's cores, as models run by default)"),
            cl::init(0), cl::cat(category));
static cl::list<std::string>
    dims("dim", cl::desc("Bind a symbolic input dim, as for dlc-compile"),
         cl::value_desc("NAME=VALUE"), cl::cat(category));
static cl::opt<uint64_t> seed("seed",
                              cl::desc("Seed of the search (default 1)"),
                              cl::init(1), cl::cat(category));
static cl::opt<double>
    epsilon("epsilon",
            cl::desc("Probability that a pick is random instead of the best "
                     "predicted (default 0.1)"),
            cl::init(0.1), cl::cat(category));
static cl::opt<double> minFlops(
    "min-flops",
    cl::desc("Skip kernels with fewer floating-point operations (default "
             "1e6: smaller kernels take microseconds whatever the "
             "schedule)"),
    cl::init(1e6), cl::cat(category));
static cl::list<unsigned>
    onlyKernels("kernel",
                cl::desc("Tune only this kernel (its index in dlc-compile "
                         "--explain; repeatable)"),
                cl::cat(category));
static cl::opt<std::string>
    mcpu("mcpu", cl::desc("CPU to generate code for (default: native)"),
         cl::init("native"), cl::cat(category));
static cl::opt<std::string>
    dlcRunPath("dlc-run",
               cl::desc("The dlc-run that runs candidates (default: the one "
                        "next to dlc-tune)"),
               cl::init(""), cl::cat(category));
static cl::opt<std::string> saveModel(
    "save-model",
    cl::desc("After tuning, train the cost model on every measurement of "
             "this machine and thread count in the records and save it to "
             "FILE (XGBoost JSON), for dlc-compile --cost-model"),
    cl::value_desc("FILE"), cl::cat(category));
static cl::opt<std::string> saveLatencyModel(
    "save-latency-model",
    cl::desc("After tuning, train the latency model (log2 of time over the "
             "roofline time, comparable across kernels) on every "
             "measurement of this machine and thread count in the records "
             "and save it to FILE, for dlc-compile --latency-model"),
    cl::value_desc("FILE"), cl::cat(category));
static cl::opt<std::string> predictWith(
    "predict",
    cl::desc("Measure nothing: print, as JSON lines, every measurement in "
             "the records with the time the cost model in FILE predicts for "
             "it (predicted_s), for evaluating a model on records it was not "
             "trained on (bench/costmodel.py)"),
    cl::value_desc("FILE"), cl::cat(category));
static cl::opt<bool> listKernels(
    "list-kernels",
    cl::desc("Measure nothing: print each kernel of the model (of the "
             "unfused model with --no-fusion) as a JSON line with its index, "
             "key, kind and flops; cost-model/corpus.py re-derives the kinds "
             "in its records from them"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> refeature(
    "refeature",
    cl::desc("Measure nothing: recompute the kind and the features of every "
             "record in --records of a kernel of this model (of the unfused "
             "model with --no-fusion) with this build's definitions, and "
             "rewrite the file; the measurements stay (a record whose "
             "schedule no longer parses or fits its kernel is kept as it "
             "was). After a change of the features, the corpus needs no new "
             "measurement (cost-model/corpus.py relabel)"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> keepWorkDir(
    "keep-work-dir",
    cl::desc("Keep the work directory (each kernel alone as kernelN.mlir, "
             "its reference outputs, the last candidate's library) and "
             "print where it is"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> noFusion(
    "no-fusion",
    cl::desc("Tune the kernels of the unfused model (every graph op its own "
             "kernel, as dlc-compile --no-fusion): the parts a fusion merges, "
             "which the latency model compares a merged kernel against"),
    cl::init(false), cl::cat(category));
static cl::opt<bool> quiet("quiet",
                           cl::desc("Print only the final table"),
                           cl::init(false), cl::cat(category));

namespace {

/// Prints an error and returns 1, for main.
int fail(const llvm::Twine &message) {
  llvm::errs() << "dlc-tune: error: " << message << "\n";
  return 1;
}

/// A module holding `fused` alone as func @kernel: operands defined by a
/// constant or a tensor.empty are cloned, the others become arguments
/// in0, in1, ...; the results are out0, out1, ...
OwningOpRef<ModuleOp> extractKernel(kernel::FusedOp fused,
                                    kernel::ScheduleAttr schedule) {
  MLIRContext *ctx = fused.getContext();
  Location loc = fused.getLoc();
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(ctx));
  OpBuilder b(ctx);
  b.setInsertionPointToEnd(module->getBody());
  SmallVector<Value> inputs;
  for (Value v : fused->getOperands()) {
    Operation *def = v.getDefiningOp();
    bool cloned = def && (def->hasTrait<OpTrait::ConstantLike>() ||
                          def->getName().getStringRef() == "tensor.empty");
    if (!cloned && !llvm::is_contained(inputs, v))
      inputs.push_back(v);
  }
  SmallVector<Type> inputTypes;
  for (Value v : inputs)
    inputTypes.push_back(v.getType());
  auto func = func::FuncOp::create(
      b, loc, "kernel", b.getFunctionType(inputTypes, fused->getResultTypes()));
  for (unsigned i = 0; i < inputs.size(); ++i)
    func.setArgAttr(i, "onnx.name", b.getStringAttr("in" + Twine(i)));
  for (unsigned i = 0; i < fused->getNumResults(); ++i)
    func.setResultAttr(i, "onnx.name", b.getStringAttr("out" + Twine(i)));
  Block *body = func.addEntryBlock();
  b.setInsertionPointToStart(body);
  IRMapping map;
  for (auto [value, arg] : llvm::zip(inputs, body->getArguments()))
    map.map(value, arg);
  for (Value v : fused->getOperands())
    if (!map.contains(v))
      map.map(v, b.clone(*v.getDefiningOp())->getResult(0));
  auto copy = cast<kernel::FusedOp>(b.clone(*fused, map));
  if (schedule)
    copy.setScheduleAttr(schedule);
  else
    copy->removeAttr("schedule");
  func::ReturnOp::create(b, loc, copy->getResults());
  return module;
}

/// Compiles `fused` under `schedule` into the shared library `soPath`;
/// writes the kernel's module first to `mlirPath` unless it is empty.
bool compileKernel(kernel::FusedOp fused, kernel::ScheduleAttr schedule,
                   StringRef soPath, std::string &error,
                   StringRef mlirPath = {}) {
  OwningOpRef<ModuleOp> module = extractKernel(fused, schedule);
  if (!mlirPath.empty()) {
    std::error_code ec;
    llvm::raw_fd_ostream os(mlirPath, ec);
    if (!ec)
      module->print(os);
  }
  ModelSignature signature =
      describeSignature(*module->getOps<func::FuncOp>().begin(), "kernel");
  std::string diagnostics;
  ScopedDiagnosticHandler collect(fused.getContext(), [&](Diagnostic &d) {
    if (d.getSeverity() == DiagnosticSeverity::Error && diagnostics.empty())
      diagnostics = d.str();
    return success();
  });
  // The arena's size is an attribute of the function until it becomes an
  // LLVM function.
  PassManager toLoops(fused.getContext());
  buildKernelToAffinePipeline(toLoops);
  PassManager toLLVM(fused.getContext());
  buildLowerToLLVMPipeline(toLLVM);
  if (failed(toLoops.run(*module))) {
    error = diagnostics.empty() ? "lowering failed" : diagnostics;
    return false;
  }
  for (auto f : module->getOps<func::FuncOp>())
    if (auto bytes = f->getAttrOfType<IntegerAttr>("dlc.arena_bytes"))
      signature.arenaBytes = bytes.getInt();
  if (failed(toLLVM.run(*module))) {
    error = diagnostics.empty() ? "lowering to LLVM failed" : diagnostics;
    return false;
  }
  return writeCpuSharedLibrary(*module, signature, mcpu, soPath, error);
}

struct RunResult {
  std::string status = "ok"; ///< or run_error, wrong_result
  double seconds = 0;        ///< median of the timed runs
  std::string detail;
};

/// Runs `soPath` in dlc-run: with `outputDir`, writes the outputs there
/// (the reference); with `expectDir`, compares them; with `runs` > 0,
/// times that many runs after `warmup`.
RunResult runKernel(StringRef dlcRun, StringRef soPath, StringRef outputDir,
                    StringRef expectDir, int64_t runs, int64_t warmup,
                    int64_t threadCount, StringRef workDir) {
  SmallVector<std::string> args = {dlcRun.str(), soPath.str(), "--threads",
                                   std::to_string(threadCount)};
  if (!outputDir.empty())
    args.append({"--output-dir", outputDir.str()});
  if (!expectDir.empty())
    args.append({"--expect", expectDir.str(), "--rtol", "1e-3", "--atol",
                 "1e-3"});
  if (runs > 0)
    args.append({"--bench", std::to_string(runs), "--warmup",
                  std::to_string(warmup)});
  SmallVector<StringRef> argRefs(args.begin(), args.end());
  SmallString<128> log(workDir);
  llvm::sys::path::append(log, "run.log");
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(log),
                                          StringRef(log)};
  std::string execError;
  int rc = llvm::sys::ExecuteAndWait(dlcRun, argRefs, std::nullopt, redirects,
                                     /*SecondsToWait=*/120, 0, &execError);
  RunResult r;
  auto text = llvm::MemoryBuffer::getFile(log);
  StringRef out = text ? (*text)->getBuffer() : StringRef();
  if (rc != 0) {
    r.status = out.contains("MISMATCH") ? "wrong_result" : "run_error";
    auto [before, lastLine] = out.trim().rsplit('\n');
    r.detail = !execError.empty() ? execError
               : lastLine.empty()   ? before.str()
                                    : lastLine.str();
    return r;
  }
  if (runs > 0) {
    size_t at = out.find("median ");
    double ms = 0;
    if (at == StringRef::npos ||
        out.substr(at + 7).take_until([](char c) { return c == ' '; })
            .getAsDouble(ms) ||
        ms < 0) {
      r.status = "run_error";
      r.detail = "no timing in dlc-run's output";
      return r;
    }
    // dlc-run prints 6 decimals of a millisecond: at least 1 ns.
    r.seconds = std::max(ms, 1e-6) / 1e3;
  }
  return r;
}

std::string printed(Attribute a) {
  std::string s;
  llvm::raw_string_ostream os(s);
  a.print(os);
  return s;
}

std::string formatTime(double seconds) {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (seconds >= 1e-3)
    os << llvm::format("%.3f ms", seconds * 1e3);
  else
    os << llvm::format("%.1f us", seconds * 1e6);
  return s;
}

/// One kernel's tuning outcome, for the final table.
struct KernelResult {
  int64_t index = 0;
  double defaultSeconds = 0, bestSeconds = 0;
  std::string bestSchedule;
  int measured = 0, failedCount = 0;
};

/// How many of the best candidates are measured again with the default,
/// and how many times each.
constexpr size_t kConfirmFinalists = 3;
constexpr int kConfirmRounds = 3;

/// --predict: every measurement of `recordsFile` with the time the relative
/// model in `modelFile` predicts for it (its baseline's median time times
/// the predicted ratio), one JSON object per line on stdout.
int predictRecords(StringRef modelFile, StringRef recordsFile) {
  auto model = cost::Booster::load(modelFile, cost::relativeSchema());
  if (!model)
    return fail(llvm::toString(model.takeError()));
  std::vector<std::string> warnings;
  auto records = cost::readRecords(recordsFile, warnings);
  if (!records)
    return fail(llvm::toString(records.takeError()));
  for (const std::string &w : warnings)
    llvm::errs() << "dlc-tune: warning: " << w << "\n";
  std::vector<cost::PairedMeasurement> pairs;
  std::vector<float> rows;
  for (const cost::PairedMeasurement &p : cost::pairWithDefaults(*records))
    if (p.record->schema == cost::featureSchema() &&
        p.baseline->schema == cost::featureSchema() &&
        p.record->features.size() == cost::kNumFeatures &&
        p.baseline->features.size() == cost::kNumFeatures) {
      pairs.push_back(p);
      cost::appendRelativeRow(rows, p.record->features, p.baseline->features);
    }
  auto ratios = model->predict(rows, cost::kNumRelativeFeatures);
  if (!ratios)
    return fail(llvm::toString(ratios.takeError()));
  for (auto [p, log2Ratio] : llvm::zip(pairs, *ratios))
    llvm::outs() << llvm::json::Value(llvm::json::Object{
                        {"key", p.record->key},
                        {"model", p.record->model},
                        {"kernel", p.record->kernel},
                        {"schedule", p.record->schedule},
                        {"default", p.baseline->schedule},
                        {"threads", p.record->threads},
                        {"time_s", p.record->timeSeconds},
                        {"default_s", p.baselineSeconds},
                        {"predicted_s",
                         p.baselineSeconds * std::exp2(double(log2Ratio))}})
                 << "\n";
  return 0;
}

/// --refeature: the records of `module`'s kernels in `path` get this
/// build's kind, features and schema. Records of other kernels, taken on
/// another machine, or whose schedule does not fit, are kept as they are.
/// The file is replaced whole, by renaming the new one over it, so that an
/// interrupted run leaves the measurements intact.
int refeatureRecords(ModuleOp module, StringRef path) {
  std::vector<std::string> warnings;
  auto records = cost::readRecords(path, warnings);
  if (!records)
    return fail(llvm::toString(records.takeError()));
  if (!warnings.empty())
    return fail(warnings.front() + " (rewriting the file would drop the "
                                   "line: fix or remove it first)");
  struct Kernel {
    cost::KernelSummary summary;
    SmallVector<kernel::IteratorType> iterators;
  };
  llvm::StringMap<Kernel> kernels;
  module->walk([&](kernel::FusedOp fused) {
    FailureOr<cost::KernelSummary> summary = cost::summarizeKernel(fused);
    if (succeeded(summary))
      kernels.try_emplace(
          cost::kernelKey(fused),
          Kernel{std::move(*summary), fused.getRoot().getIteratorTypesArray()});
  });
  cost::Machine host = cost::hostMachine();
  std::string fingerprint = host.fingerprint();
  int64_t changed = 0, otherMachine = 0, unfit = 0;
  // A schedule that does not parse or fit the kernel's loops (a record of
  // an older DLC, or edited by hand) keeps its record as it is: its old
  // schema keeps it out of training.
  MLIRContext *ctx = module->getContext();
  ScopedDiagnosticHandler quiet(ctx, [](Diagnostic &) { return success(); });
  for (cost::TuningRecord &r : *records) {
    auto it = kernels.find(r.key);
    if (it == kernels.end())
      continue;
    if (r.machine != fingerprint) {
      ++otherMachine;
      continue;
    }
    const Kernel &k = it->second;
    auto schedule =
        dyn_cast_or_null<kernel::ScheduleAttr>(parseAttribute(r.schedule, ctx));
    if (!schedule || failed(schedule.verifyAgainstLoops(
                         [&] { return emitError(module.getLoc()); },
                         k.iterators, k.summary.ranges))) {
      ++unfit;
      continue;
    }
    // As when it was measured: the threads the kernel ran on are the cores.
    cost::Machine machine = host;
    machine.cores = std::max<int64_t>(r.threads, 1);
    cost::FeatureVector f = cost::computeFeatures(k.summary, schedule, machine);
    r.features.assign(f.begin(), f.end());
    r.kind = k.summary.kind;
    r.schema = cost::featureSchema();
    ++changed;
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  for (const cost::TuningRecord &r : *records)
    cost::writeRecord(os, r);
  std::string temporary = (path + ".refeature").str();
  {
    std::error_code ec;
    llvm::raw_fd_ostream out(temporary, ec);
    if (ec)
      return fail("cannot write '" + temporary + "': " + ec.message());
    out << text;
    out.close();
    if (out.has_error()) {
      std::string message = out.error().message();
      out.clear_error();
      return fail("cannot write '" + temporary + "': " + message);
    }
  }
  if (std::error_code ec = llvm::sys::fs::rename(temporary, path))
    return fail("cannot replace '" + path.str() + "': " + ec.message());
  llvm::errs() << "dlc-tune: " << changed << " of " << records->size()
               << " records in " << path << " re-derived";
  if (otherMachine)
    llvm::errs() << "; kept as they were: " << otherMachine
                 << " measured on another machine";
  if (unfit)
    llvm::errs() << (otherMachine ? ", " : "; kept as they were: ") << unfit
                 << " whose schedule does not parse or fit its kernel";
  llvm::errs() << "\n";
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  cl::HideUnrelatedOptions(category);
  cl::SetVersionPrinter(
      [](llvm::raw_ostream &os) { os << "dlc-tune (DLC)\n"; });
  cl::ParseCommandLineOptions(
      argc, argv,
      "DLC tuner: measures candidate schedules of every kernel of an ONNX "
      "model, searching with a cost model retrained as it measures, and "
      "appends the measurements to a tuning-records file that dlc-compile "
      "--records replays.\n\n"
      "  dlc-tune model.onnx --trials 32 --records tune.jsonl\n"
      "  dlc-compile model.onnx --records tune.jsonl -o model.so\n");
  if ((trials == 0 && saveModel.empty() && saveLatencyModel.empty()) ||
      batchSize == 0)
    return fail("--trials and --batch must be at least 1 (--trials 0 with "
                "--save-model or --save-latency-model trains on the records "
                "alone)");
  if (epsilon < 0 || epsilon > 1)
    return fail("--epsilon must be in [0, 1]");
  if (!predictWith.empty())
    return predictRecords(predictWith, recordsPath);
  if ((listKernels || refeature) && inputFile.empty())
    return fail(std::string(listKernels ? "--list-kernels" : "--refeature") +
                " needs a model");
  if (inputFile.empty() && trials != 0)
    return fail("no model given (only --trials 0 --save-model trains on "
                "the records without one)");

  std::string dlcRun = dlcRunPath;
  if (dlcRun.empty()) {
    std::string self = llvm::sys::fs::getMainExecutable(
        argv[0], reinterpret_cast<void *>(&fail));
    SmallString<256> sibling(llvm::sys::path::parent_path(self));
    llvm::sys::path::append(sibling, "dlc-run");
    dlcRun = std::string(sibling);
  }
  if (!llvm::sys::fs::can_execute(dlcRun))
    return fail("cannot run dlc-run at '" + dlcRun + "' (give --dlc-run)");

  DialectRegistry registry;
  registerDLCDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  UserDiagnosticHandler diagnostics(context, llvm::errs(), "dlc-tune");

  OnnxImportOptions options;
  for (const std::string &binding : dims) {
    std::string error;
    if (!addDimBinding(binding, options, error))
      return fail(error);
  }
  OwningOpRef<ModuleOp> module;
  if (!inputFile.empty()) {
    module = importOnnxFile(inputFile, context, options);
    if (!module)
      return 1;
    PassManager pm(&context);
    buildGraphToKernelPipeline(pm);
    if (!noFusion)
      buildKernelFusionPipeline(pm);
    if (failed(pm.run(*module)))
      return fail("lowering the model to kernels failed");
  }
  if (refeature)
    return refeatureRecords(*module, recordsPath);
  if (listKernels) {
    int64_t index = 0;
    module->walk([&](kernel::FusedOp fused) {
      llvm::json::Object line{{"kernel", index++},
                              {"key", cost::kernelKey(fused)}};
      std::string reason;
      FailureOr<cost::KernelSummary> summary =
          cost::summarizeKernel(fused, &reason);
      if (succeeded(summary)) {
        line["kind"] = summary->kind;
        line["flops"] = summary->flops;
      } else {
        line["unsummarized"] = reason;
      }
      llvm::outs() << llvm::json::Value(std::move(line)) << "\n";
    });
    return 0;
  }

  cost::Machine machine = cost::hostMachine();
  int64_t threadCount = threads ? int64_t(threads) : machine.cores;
  std::string fingerprint = machine.fingerprint();
  // The features describe the conditions of the measurement: a kernel run
  // on one thread of two cores has one core to spread its tasks over.
  machine.cores = threadCount;
  std::string modelName = llvm::sys::path::stem(inputFile).str();

  // The measurements of the records file taken on this machine, at this
  // thread count, with this build's features.
  auto readMeasurements = [&](bool warn)
      -> llvm::Expected<std::vector<cost::TuningRecord>> {
    std::vector<cost::TuningRecord> usable;
    if (!llvm::sys::fs::exists(recordsPath))
      return usable;
    std::vector<std::string> warnings;
    auto read = cost::readRecords(recordsPath, warnings);
    if (!read)
      return read.takeError();
    if (warn)
      for (const std::string &w : warnings)
        llvm::errs() << "dlc-tune: warning: " << w << "\n";
    for (cost::TuningRecord &r : *read)
      if (r.status == "ok" && r.machine == fingerprint &&
          r.threads == threadCount && r.schema == cost::featureSchema() &&
          r.features.size() == cost::kNumFeatures)
        usable.push_back(std::move(r));
    return usable;
  };
  auto history = readMeasurements(/*warn=*/true);
  if (!history)
    return fail(llvm::toString(history.takeError()));
  std::error_code ec;
  llvm::raw_fd_ostream records(recordsPath, ec, llvm::sys::fs::OF_Append);
  if (ec)
    return fail("cannot write '" + recordsPath + "': " + ec.message());

  SmallString<128> workDir;
  if (std::error_code e =
          llvm::sys::fs::createUniqueDirectory("dlc-tune", workDir))
    return fail("cannot create a work directory: " + e.message());
  llvm::scope_exit cleanup([&] {
    if (keepWorkDir)
      llvm::errs() << "dlc-tune: work directory kept: " << workDir << "\n";
    else
      llvm::sys::fs::remove_directories(workDir);
  });

  SmallVector<kernel::FusedOp> kernels;
  if (module)
    module->walk([&](kernel::FusedOp f) { kernels.push_back(f); });
  std::mt19937_64 rng(seed);
  // Earlier measurements train the model from the start.
  cost::Dataset data(cost::kNumFeatures);
  for (const cost::TuningRecord &r : *history)
    data.add(r.features, cost::latencyLabel(r.features, r.timeSeconds));

  std::vector<KernelResult> results;
  auto started = std::chrono::steady_clock::now();
  for (int64_t index = 0, e = trials ? kernels.size() : 0; index < e;
       ++index) {
    kernel::FusedOp fused = kernels[index];
    if (!onlyKernels.empty() &&
        !llvm::is_contained(onlyKernels, unsigned(index)))
      continue;
    FailureOr<cost::KernelSummary> summary = cost::summarizeKernel(fused);
    if (failed(summary) || summary->flops < minFlops)
      continue;
    KernelResult result;
    result.index = index;
    std::string key = cost::kernelKey(fused);
    kernel::ScheduleAttr defaultSchedule = fused.getScheduleAttr();
    SmallString<128> refDir(workDir), soPath(workDir);
    llvm::sys::path::append(refDir, "ref" + Twine(index));
    llvm::sys::path::append(soPath, "kernel.so");
    auto say = [&](const Twine &line) {
      if (!quiet)
        llvm::errs() << "dlc-tune: kernel " << index << ": " << line << "\n";
    };

    // The reference: the default schedule's outputs and time. Runs per
    // measurement are chosen so that one measurement takes about 30 ms.
    std::string error;
    SmallString<128> mlirPath;
    if (keepWorkDir) {
      mlirPath = workDir;
      llvm::sys::path::append(mlirPath, "kernel" + Twine(index) + ".mlir");
    }
    if (!compileKernel(fused, defaultSchedule, soPath, error, mlirPath)) {
      say("skipped: the default schedule does not compile: " + error);
      continue;
    }
    RunResult probe =
        runKernel(dlcRun, soPath, refDir, "", 3, 1, threadCount, workDir);
    if (probe.status != "ok") {
      say("skipped: the default schedule does not run: " + probe.detail);
      continue;
    }
    int64_t runs = std::clamp<int64_t>(
        int64_t(std::ceil(0.03 / probe.seconds)), 5, 20000);
    int64_t warmup = std::max<int64_t>(1, runs / 10);

    // The printed schedules measured for this kernel. Schedules of earlier
    // runs are not measured again; the default one is, as this run's
    // reference.
    llvm::StringSet<> measured;
    for (const cost::TuningRecord &r : *history)
      if (r.key == key)
        measured.insert(r.schedule);
    // A record of this kernel under `schedule`, without its outcome.
    auto newRecord = [&](kernel::ScheduleAttr schedule) {
      cost::TuningRecord r;
      r.key = key;
      r.model = modelName;
      r.kernel = index;
      r.schedule = schedule ? printed(schedule) : "#kernel.schedule<>";
      r.threads = threadCount;
      r.machine = fingerprint;
      r.schema = cost::featureSchema();
      r.kind = summary->kind;
      cost::FeatureVector f = cost::computeFeatures(*summary, schedule, machine);
      r.features.assign(f.begin(), f.end());
      return r;
    };
    auto measure = [&](kernel::ScheduleAttr schedule,
                       bool isDefault = false) -> std::optional<double> {
      cost::TuningRecord r = newRecord(schedule);
      r.isDefault = isDefault;
      std::string detail;
      if (!compileKernel(fused, schedule, soPath, detail)) {
        r.status = "compile_error";
      } else {
        RunResult run = runKernel(dlcRun, soPath, "", refDir, runs, warmup,
                                  threadCount, workDir);
        r.status = run.status;
        r.timeSeconds = run.seconds;
        detail = run.detail;
      }
      if (r.status != "ok")
        say(r.status + " with " + r.schedule + ": " + detail);
      cost::writeRecord(records, r);
      records.flush();
      measured.insert(r.schedule);
      ++result.measured;
      if (r.status != "ok") {
        ++result.failedCount;
        return std::nullopt;
      }
      data.add(r.features, cost::latencyLabel(r.features, r.timeSeconds));
      return r.timeSeconds;
    };
    std::optional<double> base = measure(defaultSchedule, /*isDefault=*/true);
    if (!base) {
      say("skipped: the default schedule failed when measured");
      continue;
    }
    result.defaultSeconds = result.bestSeconds = *base;
    result.bestSchedule = printed(defaultSchedule);
    kernel::ScheduleAttr best = defaultSchedule;

    // This run's measured candidates: (time, schedule).
    std::vector<std::pair<double, kernel::ScheduleAttr>> candidates;
    std::optional<cost::Booster> model;
    int64_t trainedRows = 0;
    unsigned done = 0;
    while (done < trials) {
      // Retrain on everything measured so far (all kernels, earlier runs).
      if (data.numRows() >= 4 && data.numRows() != trainedRows) {
        cost::TrainParams params;
        params.rounds = 60;
        params.machine = fingerprint;
        auto trained = cost::Booster::train(data, params);
        if (!trained)
          return fail(llvm::toString(trained.takeError()));
        model.emplace(std::move(*trained));
        trainedRows = data.numRows();
      }
      // A pool of new candidates: random ones and neighbours of the best.
      SmallVector<kernel::ScheduleAttr> pool = cost::sampleSchedules(
          fused, best, model ? 256 : batchSize, rng,
          [&](kernel::ScheduleAttr s) {
            return measured.contains(printed(s));
          });
      if (pool.empty())
        break;
      std::vector<double> predicted(pool.size(), 0);
      if (model) {
        auto p = cost::predictLog2Ns(*model, *summary, pool, machine);
        if (!p)
          return fail(llvm::toString(p.takeError()));
        predicted = std::move(*p);
      }
      std::string rankedBy =
          model ? "ranked by the model of " + std::to_string(data.numRows()) +
                      " measurements"
                : "random";
      unsigned want = std::min<unsigned>(batchSize, trials - done);
      for (size_t pick :
           cost::pickCandidates(predicted, want, model ? epsilon : 1.0, rng)) {
        std::optional<double> t = measure(pool[pick]);
        ++done;
        if (t)
          candidates.push_back({*t, pool[pick]});
        if (t && *t < result.bestSeconds) {
          result.bestSeconds = *t;
          result.bestSchedule = printed(pool[pick]);
          best = pool[pick];
        }
      }
      say("trial " + Twine(done) + "/" + Twine(trials) + " (" + rankedBy +
          "): default " +
          formatTime(result.defaultSeconds) + ", best " +
          formatTime(result.bestSeconds) +
          (result.failedCount ? " (" + Twine(result.failedCount) + " failed)"
                              : Twine()));
    }

    // Confirmation: one measurement per candidate favours the luckiest, so
    // the default and the best few are measured again, in alternation, and
    // the choice rests on medians; a candidate must beat the default's
    // median by 2 % to replace it. The choice is recorded as "chosen".
    llvm::sort(candidates, [](const auto &a, const auto &b) {
      return a.first < b.first;
    });
    // Candidates are distinct schedules, none of them the default (it was
    // measured before the pools were drawn).
    SmallVector<kernel::ScheduleAttr> finalists = {defaultSchedule};
    std::vector<std::vector<double>> times = {{*base}};
    for (const auto &[seconds, schedule] :
         llvm::ArrayRef(candidates).take_front(kConfirmFinalists)) {
      finalists.push_back(schedule);
      times.push_back({seconds});
    }
    if (finalists.size() > 1)
      for (int round = 0; round < kConfirmRounds; ++round)
        for (size_t i = 0; i < finalists.size(); ++i)
          if (std::optional<double> t = measure(finalists[i]))
            times[i].push_back(*t);
    size_t chosen = 0;
    for (size_t i = 1; i < finalists.size(); ++i)
      if (cost::median(times[i]) < cost::median(times[chosen]))
        chosen = i;
    if (chosen != 0 &&
        cost::median(times[chosen]) > 0.98 * cost::median(times[0]))
      chosen = 0;
    result.defaultSeconds = cost::median(times[0]);
    result.bestSeconds = cost::median(times[chosen]);
    result.bestSchedule = printed(finalists[chosen]);
    cost::TuningRecord choice = newRecord(finalists[chosen]);
    choice.status = "chosen";
    choice.timeSeconds = result.bestSeconds;
    cost::writeRecord(records, choice);
    records.flush();
    say(Twine("chosen after ") + Twine(kConfirmRounds) +
        " more rounds of the default and " + Twine(finalists.size() - 1) +
        " best: " + (chosen == 0 ? "the default" : result.bestSchedule) +
        ", median " + formatTime(result.bestSeconds) + " against " +
        formatTime(result.defaultSeconds));
    results.push_back(result);
  }

  if (!saveModel.empty() || !saveLatencyModel.empty()) {
    // The models dlc-compile chooses schedules and fusion with, trained on
    // every measurement of the file (this run's included).
    records.close();
    auto measurements = readMeasurements(/*warn=*/false);
    if (!measurements)
      return fail(llvm::toString(measurements.takeError()));
    cost::TrainParams params;
    params.rounds = 100;
    params.machine = fingerprint;
    params.threads = threadCount;
    auto save = [&](llvm::Expected<cost::Booster> trained, StringRef option,
                    StringRef file, size_t rows) -> bool {
      if (!trained) {
        fail("--" + option + ": " + llvm::toString(trained.takeError()));
        return false;
      }
      if (llvm::Error e = trained->save(file)) {
        fail(llvm::toString(std::move(e)));
        return false;
      }
      if (!quiet)
        llvm::errs() << "dlc-tune: "
                     << (option == "save-model" ? "cost model"
                                                : "latency model")
                     << " trained on " << rows << " measurements, saved to "
                     << file << "\n";
      return true;
    };
    if (!saveModel.empty() &&
        !save(cost::trainRelativeModel(*measurements, params), "save-model",
              saveModel, cost::pairWithDefaults(*measurements).size()))
      return 1;
    if (!saveLatencyModel.empty() &&
        !save(cost::trainLatencyModel(*measurements, params),
              "save-latency-model", saveLatencyModel, measurements->size()))
      return 1;
  }

  if (!module)
    return 0; // trained only
  double total = std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - started)
                     .count();
  llvm::outs() << "dlc-tune: " << results.size() << " kernel"
               << (results.size() == 1 ? "" : "s") << " tuned in "
               << llvm::format("%.0f s", total) << " (" << threadCount
               << " thread" << (threadCount == 1 ? "" : "s")
               << "), records in " << recordsPath << "\n";
  llvm::outs() << llvm::format("%-7s %12s %12s %8s %8s  %s\n", "kernel",
                               "default", "best", "speedup", "measured",
                               "best schedule");
  double defaultTotal = 0, bestTotal = 0;
  for (const KernelResult &r : results) {
    defaultTotal += r.defaultSeconds;
    bestTotal += r.bestSeconds;
    llvm::outs() << llvm::format("%-7lld %12s %12s %7.2fx %8d  %s\n",
                                 static_cast<long long>(r.index),
                                 formatTime(r.defaultSeconds).c_str(),
                                 formatTime(r.bestSeconds).c_str(),
                                 r.defaultSeconds / r.bestSeconds, r.measured,
                                 r.bestSchedule.c_str());
  }
  if (!results.empty())
    llvm::outs() << llvm::format("%-7s %12s %12s %7.2fx\n", "total",
                                 formatTime(defaultTotal).c_str(),
                                 formatTime(bestTotal).c_str(),
                                 defaultTotal / bestTotal);
  return 0;
}
