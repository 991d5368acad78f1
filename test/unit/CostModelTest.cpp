//===- CostModelTest.cpp - Features and XGBoost models of cost-model/ ----===//
//
// The feature values are derived by hand in the comments (not by the code
// under test): a 64x64x64 f32 matmul with a zero fill and a ReLU epilogue,
// under two schedules, on a fixed machine.
//
//===----------------------------------------------------------------------===//

#include "cost-model/Booster.h"
#include "cost-model/Features.h"
#include "cost-model/Records.h"
#include "cost-model/Search.h"
#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/Passes.h"
#include "lib/Pipelines/InitAll.h"
#include "lib/Transforms/Kernel/Fusion.h"
#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

#include <cmath>

using namespace mlir;
using namespace dlc;
using namespace dlc::cost;
using ::testing::HasSubstr;

namespace {

constexpr const char *kMatmul = R"mlir(
func.func @f(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>, %e: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = kernel.fused ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%e : tensor<64x64xf32>) {
  ^bb0(%x: tensor<64x64xf32>, %y: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %zero = arith.constant 0.0 : f32
    %f = kernel.generic outs(%o : tensor<64x64xf32>) indexing_maps = [affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%out: f32):
      kernel.yield %zero : f32
    } -> tensor<64x64xf32>
    %g = kernel.generic ins(%x, %y : tensor<64x64xf32>, tensor<64x64xf32>) outs(%f : tensor<64x64xf32>)
        indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>]
        iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %s = arith.mulf %p, %q : f32
      %t = arith.addf %acc, %s : f32
      kernel.yield %t : f32
    } -> tensor<64x64xf32>
    %h = kernel.generic ins(%g : tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%v: f32, %out: f32):
      %m = arith.maximumf %v, %zero : f32
      kernel.yield %m : f32
    } -> tensor<64x64xf32>
    kernel.yield %h : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}
)mlir";

std::string tempPath(const char *name) {
  llvm::SmallString<128> path;
  llvm::sys::fs::createUniquePath(std::string("dlc-cost-%%%%%%-") + name,
                                  path, /*MakeAbsolute=*/true);
  return std::string(path);
}

std::string print(Attribute a) {
  std::string s;
  llvm::raw_string_ostream os(s);
  a.print(os);
  return s;
}

class CostModelTest : public ::testing::Test {
protected:
  CostModelTest() {
    DialectRegistry registry;
    dlc::registerDLCDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
    module = parseSourceString<ModuleOp>(kMatmul, &ctx);
    machine.l1dBytes = 32 * 1024;
    machine.l2Bytes = 1024 * 1024;
    machine.l3Bytes = 32 * 1024 * 1024;
    machine.lineBytes = 64;
    machine.vectorBytes = 64;
    machine.cores = 2;
    machine.peakGflopsPerCore = 270;
    machine.l2GBsPerCore = 200;
    machine.dramGBs = 40;
  }

  kernel::FusedOp fused() {
    kernel::FusedOp op;
    module->walk([&](kernel::FusedOp f) { op = f; });
    return op;
  }

  /// 64 measurements of `f` (summarized by `k`), `start` first and flagged
  /// as the default, then random schedules (from seed 5), each taking its
  /// roofline time.
  std::vector<TuningRecord> rooflineRecords(kernel::FusedOp f,
                                            const KernelSummary &k,
                                            kernel::ScheduleAttr start) {
    std::vector<TuningRecord> records;
    std::mt19937_64 draw(5);
    for (int i = 0; i < 64; ++i) {
      kernel::ScheduleAttr s = i == 0 ? start : kernel::randomSchedule(f, draw);
      TuningRecord r;
      r.key = "k";
      r.schedule = print(s);
      r.isDefault = i == 0;
      r.timeSeconds = estimate(k, s, machine).rooflineNs() * 1e-9;
      r.kind = k.kind;
      FeatureVector v = computeFeatures(k, s, machine);
      r.features.assign(v.begin(), v.end());
      records.push_back(std::move(r));
    }
    return records;
  }

  MLIRContext ctx;
  OwningOpRef<ModuleOp> module;
  Machine machine;
};

#define EXPECT_FEATURE(v, id, expected)                                        \
  EXPECT_NEAR(get(v, Feature::id), (expected), 1e-4) << #id

TEST_F(CostModelTest, NamesAndSchema) {
  EXPECT_EQ(featureNames().size(), kNumFeatures);
  EXPECT_EQ(featureNames()[static_cast<unsigned>(Feature::FitL1)], "fit_l1");
  std::string schema = featureSchema();
  EXPECT_THAT(schema, ::testing::StartsWith("dlc-cpu-v3:"));
  EXPECT_EQ(schema.size(), std::string("dlc-cpu-v3:").size() + 64);
}

TEST_F(CostModelTest, Summary) {
  ASSERT_TRUE(module);
  FailureOr<KernelSummary> k = summarizeKernel(fused());
  ASSERT_TRUE(succeeded(k));
  EXPECT_THAT(k->ranges, ::testing::ElementsAre(64, 64, 64));
  EXPECT_THAT(k->isReduction, ::testing::ElementsAre(false, false, true));
  EXPECT_EQ(k->laneLoop, 1); // C[m, n]: n
  // mulf + addf at 64^3 points, maximumf at 64^2; the fill has no flops.
  EXPECT_DOUBLE_EQ(k->flops, 2.0 * 262144 + 4096);
  EXPECT_DOUBLE_EQ(k->compulsoryBytes, 3 * 64 * 64 * 4.0);
  // The fill's result (read by the matmul) and the matmul's (by the ReLU).
  EXPECT_DOUBLE_EQ(k->localBytes, 2 * 64 * 64 * 4.0);
  EXPECT_EQ(k->generics, 3);
  ASSERT_EQ(k->accesses.size(), 3u);
  // B[k, n]: row k has coefficient 1 for loop 2, row n for loop 1.
  EXPECT_THAT(k->accesses[1].coefficients[0], ::testing::ElementsAre(0, 0, 1));
  EXPECT_THAT(k->accesses[1].coefficients[1], ::testing::ElementsAre(0, 1, 0));
  EXPECT_TRUE(k->accesses[2].isOutput);
  // The root's loops and, as it reduces, its body's ops (not the ReLU's).
  EXPECT_EQ(k->kind, "ppr:arith.addf,arith.mulf");
}

// tiles [[32, 32, 0], [4, 16, 0]], vector 16, parallel [0]: tile extents
// E0 = (64, 64, 64), E1 = (32, 32, 64), E2 = (4, 16, 64).
TEST_F(CostModelTest, TwoLevelSchedule) {
  FailureOr<KernelSummary> k = summarizeKernel(fused());
  ASSERT_TRUE(succeeded(k));
  auto schedule = kernel::ScheduleAttr::get(&ctx, {{32, 32, 0}, {4, 16, 0}},
                                            {}, 16, 1, {0});
  FeatureVector v = computeFeatures(*k, schedule, machine);
  double flops = 2.0 * 262144 + 4096;
  EXPECT_FEATURE(v, LogPoints, std::log2(262145.0));
  EXPECT_FEATURE(v, LogFlops, std::log2(1 + flops));
  EXPECT_FEATURE(v, TranscendentalsPerPoint, 0);
  EXPECT_FEATURE(v, ElemBytes, 4);
  EXPECT_FEATURE(v, HasReduction, 1);
  EXPECT_FEATURE(v, LogReductionSize, std::log2(65.0));
  EXPECT_FEATURE(v, LogCompulsoryBytes, std::log2(49153.0));
  EXPECT_FEATURE(v, LogAiCompulsory, std::log2(flops / 49152));
  // E2: A 4 rows x 4 lines, B 64 rows x 1 line, C 4 rows x 1 line:
  // (16 + 64 + 4) lines = 5376 B.
  EXPECT_FEATURE(v, LogWsInner, std::log2(5377.0));
  // E1: A 32 x 4 lines, B 64 x 2, C 32 x 2 = 320 lines = 20480 B.
  EXPECT_FEATURE(v, LogWsMid, std::log2(20481.0));
  EXPECT_FEATURE(v, LogWsOuter, std::log2(20481.0));
  EXPECT_FEATURE(v, FitL1, std::log2(20480.0 / 32768));
  EXPECT_FEATURE(v, FitL2, std::log2(20480.0 / 1048576));
  EXPECT_FEATURE(v, FitL3, std::log2(2 * 20480.0 / 33554432));
  // Into L1 (16 KiB usable): only E2 fits, 16 x 4 x 1 = 64 tiles of it.
  EXPECT_FEATURE(v, LogTrafficL1, std::log2(1 + 64 * 5376.0));
  // Into L2 and from DRAM: the whole kernel (48 KiB) fits: read once.
  EXPECT_FEATURE(v, LogTrafficL2, std::log2(49153.0));
  EXPECT_FEATURE(v, LogTrafficDram, std::log2(49153.0));
  EXPECT_FEATURE(v, LogAiDram, std::log2(flops / 49152));
  // max(flops / 540, 344064 / 400, 49152 / 40) = 1228.8 ns.
  EXPECT_FEATURE(v, LogTRoofNs, std::log2(1 + 1228.8));
  // Innermost loop k: A contiguous, B strided by 64, C invariant.
  EXPECT_FEATURE(v, FracStride0Inner, 1.0 / 3);
  EXPECT_FEATURE(v, FracStride1Inner, 1.0 / 3);
  EXPECT_FEATURE(v, FracStrideNInner, 1.0 / 3);
  // Vector loop n (the lanes): A invariant, B and C contiguous.
  EXPECT_FEATURE(v, FracContigVecLoop, 1);
  EXPECT_FEATURE(v, VecWidthRatio, 1);
  EXPECT_FEATURE(v, VecTailFrac, 0);
  EXPECT_FEATURE(v, VecLoopReduction, 0);
  EXPECT_FEATURE(v, StoreContiguous, 1);
  EXPECT_FEATURE(v, LogUnroll, 0);
  EXPECT_FEATURE(v, TileLevels, 2);
  EXPECT_FEATURE(v, LogInnerTrip, std::log2(65.0));
  EXPECT_FEATURE(v, PartialTileWaste, 0);
  EXPECT_FEATURE(v, LogInnerTiles, std::log2(65.0));
  // Loop m split in 2 at level 0: 2 tasks on 2 cores.
  EXPECT_FEATURE(v, LogParTasks, std::log2(3.0));
  EXPECT_FEATURE(v, ParImbalance, 0);
  EXPECT_FEATURE(v, ThreadsUsed, 1);
  EXPECT_FEATURE(v, LogFlopsPerTask, std::log2(1 + flops / 2));
  EXPECT_FEATURE(v, FusedGenerics, 3);
  EXPECT_FEATURE(v, LogLocalBytes, std::log2(32769.0));
  EXPECT_FEATURE(v, LogTileInnerLane, 4);
  EXPECT_FEATURE(v, LogTileInnerParallel, 2);
  EXPECT_FEATURE(v, LogTileInnerReduction, 6);
  EXPECT_FEATURE(v, LogTileOuterLane, 5);
  EXPECT_FEATURE(v, LogTileOuterParallel, 5);
  EXPECT_FEATURE(v, LogTileOuterReduction, 6);
  // The next loop out: m (n holds the lanes), 4 iterations; A and C
  // strided by 64 along it, B invariant.
  EXPECT_FEATURE(v, FracStride1Next, 0);
  EXPECT_FEATURE(v, FracStrideNNext, 2.0 / 3);
  EXPECT_FEATURE(v, LogNextTrip, std::log2(5.0));
}

// tiles [[0, 24, 0]], vector 16, no parallel: n in tiles of 24 (the last
// one partial), E1 = (64, 24, 64).
TEST_F(CostModelTest, PartialTilesOneThread) {
  FailureOr<KernelSummary> k = summarizeKernel(fused());
  ASSERT_TRUE(succeeded(k));
  auto schedule =
      kernel::ScheduleAttr::get(&ctx, {{0, 24, 0}}, {}, 16, 2, {});
  FeatureVector v = computeFeatures(*k, schedule, machine);
  // 64 = 24 + 24 + 16: 3 tiles covering 72 columns.
  EXPECT_FEATURE(v, PartialTileWaste, 1 - 64.0 / 72);
  EXPECT_FEATURE(v, LogInnerTiles, std::log2(4.0));
  EXPECT_FEATURE(v, VecTailFrac, 8.0 / 24);
  EXPECT_FEATURE(v, LogUnroll, 1);
  EXPECT_FEATURE(v, LogParTasks, 0);
  EXPECT_FEATURE(v, ThreadsUsed, 0.5);
  // E1: A 64 x 4 lines, B 64 x 2 lines (24 floats = 96 B), C 64 x 2.
  EXPECT_FEATURE(v, LogWsInner, std::log2(1 + 512 * 64.0));
  // One level: the mid and outer tiles are that level's.
  EXPECT_FEATURE(v, LogWsMid, std::log2(1 + 512 * 64.0));
  // One thread: max(flops / 270, 32768 * 3 / 200, 49152 / 40).
  double flops = 2.0 * 262144 + 4096;
  EXPECT_FEATURE(v, LogTRoofNs, std::log2(1 + flops / 270));
}

/// What the affine nest emitted for a kernel shows when run: how often the
/// root's multiply executes, the parallel tasks around it, and the trip
/// count of its innermost loop times the copies of the multiply in it.
struct NestFacts {
  int64_t points = 0;
  /// Iterations of each affine.parallel around the multiply (the tasks
  /// are their product, however often a nested one is entered).
  llvm::MapVector<Operation *, int64_t> parallelLoops;
  int64_t innerTrip = 0;
  /// Entries into the outermost affine.parallel around the multiply, and
  /// whether some affine.parallel around it has no loop inside.
  int64_t forks = 0;
  bool parallelInnermost = false;
};

/// Interprets the affine loops of `block` (bounds evaluated from the
/// enclosing induction variables in `env`), counting the executions of
/// arith.mulf.
void interpret(Block &block, DenseMap<Value, int64_t> &env, NestFacts &facts) {
  auto eval = [&](AffineMap map, ValueRange operands, bool lower) {
    SmallVector<Attribute> values;
    for (Value v : operands)
      values.push_back(IntegerAttr::get(IndexType::get(map.getContext()),
                                        env.lookup(v)));
    SmallVector<Attribute> results;
    EXPECT_TRUE(succeeded(map.constantFold(values, results)));
    int64_t bound = lower ? INT64_MIN : INT64_MAX;
    for (Attribute r : results) {
      int64_t x = cast<IntegerAttr>(r).getInt();
      bound = lower ? std::max(bound, x) : std::min(bound, x);
    }
    return bound;
  };
  for (Operation &op : block) {
    if (isa<arith::MulFOp>(op)) {
      ++facts.points;
    } else if (auto loop = dyn_cast<affine::AffineForOp>(op)) {
      int64_t lb = eval(loop.getLowerBoundMap(), loop.getLowerBoundOperands(),
                        true);
      int64_t ub = eval(loop.getUpperBoundMap(), loop.getUpperBoundOperands(),
                        false);
      int64_t step = loop.getStepAsInt();
      int64_t copies = 0;
      loop.getBody()->walk([&](arith::MulFOp) { ++copies; });
      bool innermost = true;
      loop.getBody()->walk([&](affine::AffineForOp) { innermost = false; });
      if (innermost && copies > 0)
        facts.innerTrip =
            std::max(facts.innerTrip, (ub - lb + step - 1) / step * copies);
      for (int64_t iv = lb; iv < ub; iv += step) {
        env[loop.getInductionVar()] = iv;
        interpret(*loop.getBody(), env, facts);
      }
    } else if (auto par = dyn_cast<affine::AffineParallelOp>(op)) {
      std::optional<SmallVector<int64_t>> ranges = par.getConstantRanges();
      ASSERT_TRUE(ranges) << "a parallel loop with non-constant bounds";
      SmallVector<int64_t> steps = par.getSteps();
      int64_t count = 1;
      for (auto [range, step] : llvm::zip(*ranges, steps))
        count *= (range + step - 1) / step;
      bool around = false;
      par.getBody()->walk([&](arith::MulFOp) { around = true; });
      if (around) {
        facts.parallelLoops[par] = count;
        ++facts.forks;
        bool loopInside = false;
        par.getBody()->walk([&](Operation *nested) {
          loopInside |=
              isa<affine::AffineForOp, affine::AffineParallelOp>(nested);
        });
        facts.parallelInnermost |= !loopInside;
      }
      // Every iteration of a parallel loop runs the same nest: run its
      // points once per iteration, with the lower bounds as the indices
      // (tiles of a parallel loop differ only in their partial last tile,
      // which the test's schedules avoid).
      for (auto [iv, lb] : llvm::zip(par.getIVs(),
                                     par.getLowerBoundsMap().getResults()))
        env[iv] = cast<AffineConstantExpr>(lb).getValue();
      NestFacts inner;
      interpret(*par.getBody(), env, inner);
      facts.points += inner.points * count;
      facts.innerTrip = std::max(facts.innerTrip, inner.innerTrip);
      for (auto entry : inner.parallelLoops)
        facts.parallelLoops.insert(entry);
      facts.parallelInnermost |= inner.parallelInnermost;
    } else {
      for (Region &region : op.getRegions())
        for (Block &b : region)
          interpret(b, env, facts);
    }
  }
}

// The features computed from the kernel op agree with what the affine nest
// that kernel-generate-loops emits for the same schedule does: the root's
// points, the parallel tasks, the innermost loop's trip, the entries into
// the outermost parallel loop and whether a parallel loop is innermost.
// Scalar loops (vector 1, no elementwise vectorization), so that every
// iteration of the nest is one multiply.
TEST_F(CostModelTest, FeaturesAgreeWithTheEmittedNest) {
  FailureOr<KernelSummary> k = summarizeKernel(fused());
  ASSERT_TRUE(succeeded(k));
  const std::pair<const char *, kernel::ScheduleAttr> schedules[] = {
      {"one level, partial tiles, unrolled",
       kernel::ScheduleAttr::get(&ctx, {{0, 24, 0}}, {}, 1, 2, {})},
      {"two levels, one parallel loop",
       kernel::ScheduleAttr::get(&ctx, {{32, 0, 0}, {8, 16, 0}}, {1, 2, 0}, 1,
                                 1, {0})},
      {"one level, two parallel loops, unrolled",
       kernel::ScheduleAttr::get(&ctx, {{16, 16, 16}}, {0, 2, 1}, 1, 4,
                                 {0, 1})},
      {"no tiles", kernel::ScheduleAttr::get(&ctx, {}, {2, 0, 1}, 1, 1, {})},
      {"a parallel innermost loop inside the reduction",
       kernel::ScheduleAttr::get(&ctx, {}, {2, 0, 1}, 1, 1, {1})},
      {"a parallel loop inside a tile loop",
       kernel::ScheduleAttr::get(&ctx, {{16, 0, 32}}, {2, 1, 0}, 1, 1, {0})},
  };
  for (const auto &entry : schedules) {
    SCOPED_TRACE(entry.first);
    kernel::ScheduleAttr schedule = entry.second;
    OwningOpRef<ModuleOp> copy = module->clone();
    copy->walk([&](kernel::FusedOp f) { f.setScheduleAttr(schedule); });
    FeatureVector v = computeFeatures(*k, schedule, machine);
    PassManager pm(&ctx);
    buildKernelToBuffersPipeline(pm);
    KernelGenerateLoopsPassOptions options;
    options.vectorizeElementwise = false;
    pm.addNestedPass<func::FuncOp>(createKernelGenerateLoopsPass(options));
    ASSERT_TRUE(succeeded(pm.run(*copy)));
    NestFacts facts;
    DenseMap<Value, int64_t> env;
    copy->walk(
        [&](func::FuncOp f) { interpret(f.getBody().front(), env, facts); });
    EXPECT_EQ(facts.points, 64 * 64 * 64);
    EXPECT_FEATURE(v, LogPoints, std::log2(1.0 + facts.points));
    int64_t tasks = 1;
    for (auto [loop, count] : facts.parallelLoops)
      tasks *= count;
    EXPECT_FEATURE(v, LogParTasks,
                   facts.parallelLoops.empty() ? 0.0 : std::log2(1.0 + tasks));
    EXPECT_FEATURE(v, LogInnerTrip, std::log2(1.0 + facts.innerTrip));
    EXPECT_FEATURE(v, LogParForks, std::log2(1.0 + facts.forks));
    EXPECT_FEATURE(v, ParInnermost, facts.parallelInnermost);
  }
}

// Parallel regions, derived by hand: the threads start once per iteration
// of the loops around the outermost parallel loop, and a parallel innermost
// loop is flagged.
TEST_F(CostModelTest, ParallelRegions) {
  FailureOr<KernelSummary> k = summarizeKernel(fused());
  ASSERT_TRUE(succeeded(k));
  auto features = [&](kernel::ScheduleAttr s) {
    return computeFeatures(*k, s, machine);
  };
  // m outermost and parallel: one region, not innermost.
  FeatureVector outer =
      features(kernel::ScheduleAttr::get(&ctx, {{32, 0, 0}}, {}, 1, 1, {0}));
  EXPECT_FEATURE(outer, LogParForks, 1);
  EXPECT_FEATURE(outer, ParInnermost, 0);
  // No parallel loop: no region.
  FeatureVector none =
      features(kernel::ScheduleAttr::get(&ctx, {}, {}, 1, 1, {}));
  EXPECT_FEATURE(none, LogParForks, 0);
  // Order (k, m, n), n parallel and untiled: n is innermost, entered once
  // per (k, m): 64 x 64 regions.
  FeatureVector inside =
      features(kernel::ScheduleAttr::get(&ctx, {}, {2, 0, 1}, 1, 1, {1}));
  EXPECT_FEATURE(inside, LogParForks, std::log2(1 + 4096.0));
  EXPECT_FEATURE(inside, ParInnermost, 1);
  // Tiles [[16, 0, 32]], order (k, n, m), m parallel: its tile loop (4
  // iterations) runs across threads inside k's tile loop (2 iterations)
  // and n's one-iteration tile loop: 2 regions.
  FeatureVector tiled = features(
      kernel::ScheduleAttr::get(&ctx, {{16, 0, 32}}, {2, 1, 0}, 1, 1, {0}));
  EXPECT_FEATURE(tiled, LogParForks, std::log2(3.0));
  EXPECT_FEATURE(tiled, ParInnermost, 0);
  // Two parallel loops: the outer one's regions count (m first: 1).
  FeatureVector two = features(
      kernel::ScheduleAttr::get(&ctx, {{16, 16, 0}}, {0, 2, 1}, 1, 1, {0, 1}));
  EXPECT_FEATURE(two, LogParForks, 1);
}

TEST_F(CostModelTest, NoSchedule) {
  FailureOr<KernelSummary> k = summarizeKernel(fused());
  ASSERT_TRUE(succeeded(k));
  FeatureVector v = computeFeatures(*k, {}, machine);
  EXPECT_FEATURE(v, TileLevels, 0);
  EXPECT_FEATURE(v, VecWidthRatio, 4.0 / 64);
  // Whole nest: 256 lines per operand.
  EXPECT_FEATURE(v, LogWsInner, std::log2(49153.0));
  EXPECT_FEATURE(v, LogTrafficL1, std::log2(49153.0));
  EXPECT_FEATURE(v, LogInnerTrip, std::log2(65.0));
}

TEST_F(CostModelTest, DynamicShapeIsRefused) {
  constexpr const char *kDynamic = R"mlir(
func.func @f(%a: tensor<?xf32>, %e: tensor<?xf32>) -> tensor<?xf32> {
  %r = kernel.fused ins(%a : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%x: tensor<?xf32>, %o: tensor<?xf32>):
    %g = kernel.generic ins(%x : tensor<?xf32>) outs(%o : tensor<?xf32>)
        indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>] iterator_types = [parallel] {
    ^bb0(%v: f32, %out: f32):
      %n = arith.negf %v : f32
      kernel.yield %n : f32
    } -> tensor<?xf32>
    kernel.yield %g : tensor<?xf32>
  } -> tensor<?xf32>
  return %r : tensor<?xf32>
}
)mlir";
  OwningOpRef<ModuleOp> m = parseSourceString<ModuleOp>(kDynamic, &ctx);
  ASSERT_TRUE(m);
  kernel::FusedOp op;
  m->walk([&](kernel::FusedOp f) { op = f; });
  std::string reason;
  EXPECT_TRUE(failed(summarizeKernel(op, &reason)));
  EXPECT_THAT(reason, HasSubstr("dynamic"));
}

TEST_F(CostModelTest, MutationsFitTheKernel) {
  kernel::FusedOp f = fused();
  auto start = kernel::ScheduleAttr::get(&ctx, {{32, 32, 0}, {4, 16, 0}}, {},
                                         16, 1, {0});
  ASSERT_TRUE(fitsKernel(f, start));
  std::mt19937_64 rng(7);
  int produced = 0;
  for (int i = 0; i < 200; ++i) {
    kernel::ScheduleAttr m = mutateSchedule(f, start, rng);
    if (!m)
      continue;
    ++produced;
    EXPECT_NE(m, start);
    EXPECT_TRUE(fitsKernel(f, m));
  }
  EXPECT_GT(produced, 150);
  // A schedule for other loops does not fit.
  auto wrong = kernel::ScheduleAttr::get(&ctx, {{4, 4}}, {}, 1, 1, {});
  EXPECT_FALSE(fitsKernel(f, wrong));
}

// A relative model trained on records whose times are the schedules'
// roofline times (the default schedule, measured first, is scalar 1x1
// register tiles, far from the best): the choice is predicted at least 10 %
// faster and is faster by the roofline; with keepParallel every candidate
// keeps the default's parallel loops.
TEST_F(CostModelTest, ChooseScheduleWithARelativeModel) {
  kernel::FusedOp f = fused();
  auto start = kernel::ScheduleAttr::get(&ctx, {{64, 64, 0}, {1, 1, 0}}, {},
                                         1, 1, {0});
  f.setScheduleAttr(start);
  FailureOr<KernelSummary> k = summarizeKernel(f);
  ASSERT_TRUE(succeeded(k));
  std::vector<TuningRecord> records = rooflineRecords(f, *k, start);
  llvm::Expected<Booster> model = trainRelativeModel(records, TrainParams{});
  ASSERT_TRUE(static_cast<bool>(model)) << llvm::toString(model.takeError());
  EXPECT_EQ(model->attribute("feature_schema"), relativeSchema());

  std::mt19937_64 rng(11);
  llvm::Expected<ScheduleChoice> choice =
      chooseSchedule(f, *k, *model, machine, rng);
  ASSERT_TRUE(static_cast<bool>(choice)) << llvm::toString(choice.takeError());
  kernel::ScheduleAttr chosen = choice->chosen;
  ASSERT_TRUE(chosen);
  EXPECT_NE(chosen, start);
  EXPECT_TRUE(fitsKernel(f, chosen));
  EXPECT_LE(choice->ranked.front().log2Ratio,
            choice->current.log2Ratio + std::log2(0.9));
  EXPECT_LT(estimate(*k, chosen, machine).rooflineNs(),
            0.5 * estimate(*k, start, machine).rooflineNs());
  // What was considered: the current schedule and up to 128 others, ranked
  // by prediction, the choice first (it beat the current one).
  EXPECT_EQ(choice->current.schedule, start);
  EXPECT_GT(choice->ranked.size(), 100u);
  EXPECT_LE(choice->ranked.size(), 129u);
  EXPECT_EQ(choice->ranked.front().schedule, chosen);
  for (size_t i = 1; i < choice->ranked.size(); ++i)
    EXPECT_LE(choice->ranked[i - 1].log2Ratio, choice->ranked[i].log2Ratio);

  llvm::Expected<ScheduleChoice> kept =
      chooseSchedule(f, *k, *model, machine, rng, 128, kChoiceMargin,
                     /*keepParallel=*/true);
  ASSERT_TRUE(static_cast<bool>(kept)) << llvm::toString(kept.takeError());
  for (const ScoredSchedule &c : kept->ranked)
    EXPECT_EQ(c.schedule.getParallel(), start.getParallel())
        << print(c.schedule);

  // Too few measurements with a default to compare with.
  records.resize(3);
  llvm::Expected<Booster> few = trainRelativeModel(records, TrainParams{});
  ASSERT_FALSE(static_cast<bool>(few));
  EXPECT_THAT(llvm::toString(few.takeError()), HasSubstr("too few"));
}

// A schedule replaces the current one only where the latency model agrees:
// with one that predicts every schedule the same time (trained on
// measurements that were all equal), the relative model's pick is refused;
// with one that predicts the roofline time (as the relative model was
// trained to), it is taken.
TEST_F(CostModelTest, ChooseScheduleNeedsTheLatencyModelToAgree) {
  kernel::FusedOp f = fused();
  auto start =
      kernel::ScheduleAttr::get(&ctx, {{64, 64, 0}, {1, 1, 0}}, {}, 1, 1, {0});
  f.setScheduleAttr(start);
  FailureOr<KernelSummary> k = summarizeKernel(f);
  ASSERT_TRUE(succeeded(k));
  std::vector<TuningRecord> roofline = rooflineRecords(f, *k, start);
  std::vector<TuningRecord> flat = roofline;
  for (TuningRecord &r : flat) {
    r.timeSeconds = 1e-3;
    r.kind.clear();
  }
  llvm::Expected<Booster> relative =
      trainRelativeModel(roofline, TrainParams{});
  llvm::Expected<Booster> agrees = trainLatencyModel(roofline, TrainParams{});
  llvm::Expected<Booster> disagrees = trainLatencyModel(flat, TrainParams{});
  ASSERT_TRUE(relative && agrees && disagrees);
  EXPECT_EQ(agrees->attribute("feature_schema"), featureSchema());
  // Both record the kinds of kernel they were trained on; only that of
  // the matmul, here.
  for (const Booster *m : {&*relative, &*agrees}) {
    EXPECT_EQ(m->attribute("kernel_kinds"), "ppr:arith.addf,arith.mulf");
    EXPECT_TRUE(knowsKind(*m, k->kind));
    EXPECT_FALSE(knowsKind(*m, "ppr:arith.maximumf"));
    EXPECT_FALSE(knowsKind(*m, "ppr"));
  }
  // Records without kinds (written before them) leave the model's kinds
  // unknown, and it is asked about every kernel.
  EXPECT_EQ(disagrees->attribute("kernel_kinds"), "");
  EXPECT_TRUE(knowsKind(*disagrees, "ppr:arith.maximumf"));

  std::mt19937_64 rng(11);
  llvm::Expected<ScheduleChoice> taken = chooseSchedule(
      f, *k, *relative, machine, rng, 128, kChoiceMargin, false, &*agrees);
  ASSERT_TRUE(static_cast<bool>(taken)) << llvm::toString(taken.takeError());
  EXPECT_NE(taken->chosen, start);
  for (const ScoredSchedule &s : taken->ranked)
    if (s.schedule == taken->chosen) {
      ASSERT_TRUE(s.latencyLog2Ratio.has_value());
      EXPECT_LE(*s.latencyLog2Ratio, std::log2(1 - kChoiceMargin));
      EXPECT_LE(s.log2Ratio, std::log2(1 - kChoiceMargin));
    }
  ASSERT_TRUE(taken->current.latencyLog2Ratio.has_value());
  EXPECT_EQ(*taken->current.latencyLog2Ratio, 0);

  rng.seed(11);
  llvm::Expected<ScheduleChoice> refused = chooseSchedule(
      f, *k, *relative, machine, rng, 128, kChoiceMargin, false, &*disagrees);
  ASSERT_TRUE(static_cast<bool>(refused))
      << llvm::toString(refused.takeError());
  EXPECT_EQ(refused->chosen, start);
  // The relative model alone still prefers another schedule.
  EXPECT_LE(refused->ranked.front().log2Ratio, std::log2(1 - kChoiceMargin));

  // Too few measurements.
  flat.resize(3);
  llvm::Expected<Booster> few = trainLatencyModel(flat, TrainParams{});
  ASSERT_FALSE(static_cast<bool>(few));
  EXPECT_THAT(llvm::toString(few.takeError()), HasSubstr("too few"));
}

// c = relu(a + b) as two elementwise kernels, which the rules fuse.
constexpr const char *kChain = R"mlir(
func.func @g(%a: tensor<256x256xf32>, %b: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %e = tensor.empty() : tensor<256x256xf32>
  %s = kernel.fused ins(%a, %b : tensor<256x256xf32>, tensor<256x256xf32>) outs(%e : tensor<256x256xf32>) {
  ^bb0(%x: tensor<256x256xf32>, %y: tensor<256x256xf32>, %o: tensor<256x256xf32>):
    %r = kernel.generic ins(%x, %y : tensor<256x256xf32>, tensor<256x256xf32>) outs(%o : tensor<256x256xf32>)
        indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%p: f32, %q: f32, %out: f32):
      %t = arith.addf %p, %q : f32
      kernel.yield %t : f32
    } -> tensor<256x256xf32>
    kernel.yield %r : tensor<256x256xf32>
  } -> tensor<256x256xf32>
  %e2 = tensor.empty() : tensor<256x256xf32>
  %c = kernel.fused ins(%s : tensor<256x256xf32>) outs(%e2 : tensor<256x256xf32>) {
  ^bb0(%x: tensor<256x256xf32>, %o: tensor<256x256xf32>):
    %zero = arith.constant 0.0 : f32
    %r = kernel.generic ins(%x : tensor<256x256xf32>) outs(%o : tensor<256x256xf32>)
        indexing_maps = [affine_map<(m, n) -> (m, n)>, affine_map<(m, n) -> (m, n)>]
        iterator_types = [parallel, parallel] {
    ^bb0(%p: f32, %out: f32):
      %t = arith.maximumf %p, %zero : f32
      kernel.yield %t : f32
    } -> tensor<256x256xf32>
    kernel.yield %r : tensor<256x256xf32>
  } -> tensor<256x256xf32>
  return %c : tensor<256x256xf32>
}
)mlir";

// A depthwise 3x3 conv: a reduction over one input channel per output
// channel, then the kernel height and width.
constexpr const char *kDepthwise = R"mlir(
func.func @d(%x: tensor<1x8x10x10xf32>, %w: tensor<8x1x3x3xf32>, %e: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
  %r = kernel.fused ins(%x, %w : tensor<1x8x10x10xf32>, tensor<8x1x3x3xf32>) outs(%e : tensor<1x8x8x8xf32>) {
  ^bb0(%a: tensor<1x8x10x10xf32>, %b: tensor<8x1x3x3xf32>, %o: tensor<1x8x8x8xf32>):
    %g = kernel.generic ins(%a, %b : tensor<1x8x10x10xf32>, tensor<8x1x3x3xf32>) outs(%o : tensor<1x8x8x8xf32>)
        indexing_maps = [affine_map<(n, c, h, w, i, kh, kw) -> (n, c + i, h + kh, w + kw)>,
                         affine_map<(n, c, h, w, i, kh, kw) -> (c, i, kh, kw)>,
                         affine_map<(n, c, h, w, i, kh, kw) -> (n, c, h, w)>]
        iterator_types = [parallel, parallel, parallel, parallel, reduction, reduction, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      %s = arith.mulf %p, %q : f32
      %t = arith.addf %acc, %s : f32
      kernel.yield %t : f32
    } -> tensor<1x8x8x8xf32>
    kernel.yield %g : tensor<1x8x8x8xf32>
  } -> tensor<1x8x8x8xf32>
  return %r : tensor<1x8x8x8xf32>
}
)mlir";

// The loop around a depthwise conv's register block of 4 output rows (h,
// the innermost loop with more than one iteration; w holds the lanes):
// the kernel's height or width, whichever `order` puts inside the other.
// Along kh the input steps a row (10) and the weights 3; along kw both
// step one element; the output is invariant along either.
TEST_F(CostModelTest, NextLoopOut) {
  OwningOpRef<ModuleOp> m = parseSourceString<ModuleOp>(kDepthwise, &ctx);
  ASSERT_TRUE(m);
  kernel::FusedOp f;
  m->walk([&](kernel::FusedOp op) { f = op; });
  FailureOr<KernelSummary> k = summarizeKernel(f);
  ASSERT_TRUE(succeeded(k));
  auto features = [&](ArrayRef<int64_t> order) {
    return computeFeatures(*k,
                           kernel::ScheduleAttr::get(
                               &ctx, {{1, 1, 4, 8, 0, 0, 0}}, order, 8, 1, {1}),
                           machine);
  };
  FeatureVector khInside = features({3, 6, 5, 4, 0, 1, 2});
  EXPECT_FEATURE(khInside, FracStride1Next, 0);
  EXPECT_FEATURE(khInside, FracStrideNNext, 2.0 / 3);
  EXPECT_FEATURE(khInside, LogNextTrip, 2);
  FeatureVector kwInside = features({3, 5, 6, 4, 0, 1, 2});
  EXPECT_FEATURE(kwInside, FracStride1Next, 2.0 / 3);
  EXPECT_FEATURE(kwInside, FracStrideNNext, 0);
  EXPECT_FEATURE(kwInside, LogNextTrip, 2);
  // Every other feature is the same: without these, a model cannot tell
  // the two apart.
  for (unsigned i = 0; i < static_cast<unsigned>(Feature::FracStride1Next); ++i)
    EXPECT_EQ(khInside[i], kwInside[i]) << featureNames()[i].str();
  // Nothing but the innermost loop has more than one iteration: no next
  // loop.
  FeatureVector single = computeFeatures(
      *k,
      kernel::ScheduleAttr::get(&ctx, {{1, 1, 1, 8, 1, 1, 1}}, {}, 8, 1, {}),
      machine);
  EXPECT_FEATURE(single, FracStride1Next, 0);
  EXPECT_FEATURE(single, FracStrideNNext, 0);
  EXPECT_FEATURE(single, LogNextTrip, 0);
}

// Kinds keep a model away from kernels unlike its training data: a
// depthwise conv's one-iteration reduction sets it apart from a dense
// conv ("r" there); element-wise kernels, of any rank, differ by their
// root's ops.
TEST_F(CostModelTest, KindsTellKernelsApart) {
  auto kinds = [&](const char *source) {
    std::vector<std::string> out;
    OwningOpRef<ModuleOp> m = parseSourceString<ModuleOp>(source, &ctx);
    EXPECT_TRUE(m);
    if (m)
      m->walk([&](kernel::FusedOp f) {
        FailureOr<KernelSummary> k = summarizeKernel(f);
        EXPECT_TRUE(succeeded(k));
        out.push_back(succeeded(k) ? k->kind : "");
      });
    return out;
  };
  EXPECT_THAT(kinds(kDepthwise),
              ::testing::ElementsAre("pppp1rr:arith.addf,arith.mulf"));
  EXPECT_THAT(kinds(kChain),
              ::testing::ElementsAre("p*:arith.addf", "p*:arith.maximumf"));
}

// kernel::fuseKernels asks a latency model about each fusion: one that
// predicts the roofline time keeps the chain's fusion (the merged kernel
// moves 512 KiB less: 768 KiB against 1.25 MiB apart); one trained on
// measurements of the merged kernel 32x slower than the roofline undoes it.
TEST_F(CostModelTest, FusionJudgedByTheLatencyModel) {
  auto countKernels = [](ModuleOp m) {
    unsigned n = 0;
    m->walk([&](kernel::FusedOp) { ++n; });
    return n;
  };
  OwningOpRef<ModuleOp> chain = parseSourceString<ModuleOp>(kChain, &ctx);
  ASSERT_TRUE(chain);
  SmallVector<kernel::FusedOp> parts;
  chain->walk([&](kernel::FusedOp f) { parts.push_back(f); });
  ASSERT_EQ(parts.size(), 2u);
  // The features of the parts and of the merged kernel (fused without a
  // model, on a copy), each under its schedule (none here).
  auto features = [&](kernel::FusedOp f) {
    FailureOr<KernelSummary> k = summarizeKernel(f);
    EXPECT_TRUE(succeeded(k));
    return computeFeatures(*k, f.getScheduleAttr(), machine);
  };
  OwningOpRef<ModuleOp> fusedCopy = parseSourceString<ModuleOp>(kChain, &ctx);
  {
    IRRewriter rewriter(&ctx);
    ASSERT_TRUE(succeeded(kernel::fuseKernels(
        rewriter, *fusedCopy->getOps<func::FuncOp>().begin())));
  }
  ASSERT_EQ(countKernels(*fusedCopy), 1u);
  kernel::FusedOp mergedOp;
  fusedCopy->walk([&](kernel::FusedOp f) { mergedOp = f; });
  FeatureVector merged = features(mergedOp);
  Dataset roofline(kNumFeatures), mergedSlow(kNumFeatures);
  for (int i = 0; i < 16; ++i)
    for (kernel::FusedOp part : parts) {
      roofline.add(features(part), 0);
      mergedSlow.add(features(part), 0);
      roofline.add(merged, 0);
      mergedSlow.add(merged, 5);
    }
  llvm::Expected<Booster> keeps = Booster::train(roofline, TrainParams{});
  llvm::Expected<Booster> splits = Booster::train(mergedSlow, TrainParams{});
  ASSERT_TRUE(keeps && splits);

  auto fuseWith = [&](const Booster &model, ModuleOp m,
                      std::vector<FusionEstimate> &seen) {
    IRRewriter rewriter(&ctx);
    auto profitable = [&](ArrayRef<kernel::FusedOp> ps,
                          kernel::FusedOp merged) {
      llvm::Expected<FusionEstimate> e =
          estimateFusion(model, ps, merged, machine);
      EXPECT_TRUE(static_cast<bool>(e));
      if (!e) {
        llvm::consumeError(e.takeError());
        return true;
      }
      seen.push_back(*e);
      return e->keep;
    };
    for (auto func : llvm::to_vector(m.getOps<func::FuncOp>()))
      ASSERT_TRUE(succeeded(kernel::fuseKernels(rewriter, func, profitable)));
  };
  std::vector<FusionEstimate> kept;
  fuseWith(*keeps, *chain, kept);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_TRUE(kept[0].keep);
  EXPECT_LT(kept[0].mergedNs, kept[0].partsNs);
  EXPECT_EQ(countKernels(*chain), 1u);

  OwningOpRef<ModuleOp> apart = parseSourceString<ModuleOp>(kChain, &ctx);
  std::vector<FusionEstimate> undone;
  fuseWith(*splits, *apart, undone);
  ASSERT_EQ(undone.size(), 1u);
  EXPECT_FALSE(undone[0].keep);
  EXPECT_GT(undone[0].mergedNs, (1 + kFusionMargin) * undone[0].partsNs);
  // Both kernels stay, unchanged, and the scratch copy left nothing behind.
  EXPECT_EQ(countKernels(*apart), 2u);
  EXPECT_EQ(llvm::range_size(apart->getOps<func::FuncOp>()), 1u);
  EXPECT_TRUE(succeeded(verify(*apart)));
}

// Each measurement is paired with the default schedule of its tuning run:
// the last record flagged "default" of its key before it, or a key's
// first record when it has no flags; at the median of that schedule's
// times.
TEST(RecordsTest, PairWithDefaults) {
  auto record = [](const char *key, const char *schedule, double t,
                   bool isDefault) {
    TuningRecord r;
    r.key = key;
    r.schedule = schedule;
    r.timeSeconds = t;
    r.isDefault = isDefault;
    return r;
  };
  std::vector<TuningRecord> records = {
      record("a", "d1", 1.0, true),  record("a", "x", 2.0, false),
      record("b", "d", 4.0, false),  record("b", "y", 1.0, false),
      record("a", "d1", 3.0, false), record("a", "d2", 8.0, true),
      record("a", "z", 4.0, false),  record("b", "d", 6.0, false),
  };
  records[1].status = "ok";
  TuningRecord failed = record("a", "w", 0, false);
  failed.status = "run_error";
  records.insert(records.begin() + 2, failed);
  std::vector<PairedMeasurement> pairs = pairWithDefaults(records);
  std::vector<std::tuple<std::string, std::string, double>> got;
  for (const PairedMeasurement &p : pairs)
    got.emplace_back(p.record->schedule, p.baseline->schedule,
                     p.baselineSeconds);
  using T = std::tuple<std::string, std::string, double>;
  EXPECT_THAT(got, ::testing::ElementsAre(
                       T{"d1", "d1", 2.0}, T{"x", "d1", 2.0},
                       T{"d", "d", 5.0}, T{"y", "d", 5.0},
                       T{"d1", "d1", 2.0}, T{"d2", "d2", 8.0},
                       T{"z", "d2", 8.0}, T{"d", "d", 5.0}));
}

TEST(SearchTest, PickCandidates) {
  std::mt19937_64 rng(3);
  std::vector<double> cost = {5, 1, 4, 2, 3};
  // Greedy: the cheapest first.
  EXPECT_THAT(pickCandidates(cost, 3, 0.0, rng),
              ::testing::ElementsAre(1, 3, 4));
  // All random: still distinct, all of them when asked for more.
  std::vector<size_t> all = pickCandidates(cost, 9, 1.0, rng);
  std::sort(all.begin(), all.end());
  EXPECT_THAT(all, ::testing::ElementsAre(0, 1, 2, 3, 4));
}

TEST_F(CostModelTest, RecordsRoundTripAndReplay) {
  kernel::FusedOp f = fused();
  std::string key = kernelKey(f);
  EXPECT_EQ(key.size(), 33u);
  // The key does not depend on the schedule.
  f.setScheduleAttr(kernel::ScheduleAttr::get(&ctx, {{8, 8, 0}}, {}, 1, 1, {}));
  EXPECT_EQ(kernelKey(f), key);

  std::string path = tempPath("records.jsonl");
  {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    TuningRecord r;
    r.key = key;
    r.machine = "m";
    r.features = {1.5f, 2.0f};
    r.schedule = "#kernel.schedule<tiles = [[16, 16, 0]], vector = 16>";
    r.timeSeconds = 2e-5;
    r.isDefault = true;
    r.kind = "ppr:arith.addf,arith.mulf";
    writeRecord(os, r);
    r.isDefault = false;
    r.kind.clear(); // as in records written before kinds
    r.schedule = "#kernel.schedule<tiles = [[32, 32, 0]], vector = 16>";
    r.timeSeconds = 1e-5; // the fastest
    writeRecord(os, r);
    r.schedule = "#kernel.schedule<tiles = [[64, 64, 0]]>";
    r.status = "wrong_result"; // never replayed, however fast
    r.timeSeconds = 0;
    writeRecord(os, r);
    r.status = "ok";
    r.machine = "another";
    r.timeSeconds = 1e-9;
    writeRecord(os, r);
    os << "{\"key\": 3}\n";
  }
  std::vector<std::string> warnings;
  llvm::Expected<std::vector<TuningRecord>> records =
      readRecords(path, warnings);
  ASSERT_TRUE(static_cast<bool>(records)) << llvm::toString(records.takeError());
  ASSERT_EQ(records->size(), 4u);
  EXPECT_EQ((*records)[0].key, key);
  EXPECT_EQ((*records)[0].features, std::vector<float>({1.5f, 2.0f}));
  EXPECT_TRUE((*records)[0].isDefault);
  EXPECT_EQ((*records)[0].kind, "ppr:arith.addf,arith.mulf");
  EXPECT_FALSE((*records)[1].isDefault);
  EXPECT_EQ((*records)[1].kind, "");
  EXPECT_DOUBLE_EQ((*records)[1].timeSeconds, 1e-5);
  EXPECT_EQ((*records)[2].status, "wrong_result");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_THAT(warnings[0], HasSubstr(":5: missing"));

  ReplayStats stats = applyRecords(*module, *records, "m", 1);
  EXPECT_EQ(stats.kernels, 1);
  EXPECT_EQ(stats.applied, 1);
  EXPECT_EQ(print(fused().getScheduleAttr()),
            "#kernel.schedule<tiles = [[32, 32, 0]], vector = 16>");

  // dlc-tune's "chosen" record wins over single measurements.
  TuningRecord chosen = (*records)[0];
  chosen.status = "chosen";
  chosen.timeSeconds = 3e-5;
  std::vector<TuningRecord> withChoice(*records);
  withChoice.push_back(chosen);
  EXPECT_EQ(applyRecords(*module, withChoice, "m", 1).applied, 1);
  EXPECT_EQ(print(fused().getScheduleAttr()),
            "#kernel.schedule<tiles = [[16, 16, 0]], vector = 16>");
  // Nothing for another thread count.
  EXPECT_EQ(applyRecords(*module, withChoice, "m", 2).applied, 0);
  llvm::sys::fs::remove(path);
}

//===----------------------------------------------------------------------===//
// XGBoost models
//===----------------------------------------------------------------------===//

/// y = 3 x0 - 2 x1 over a 16 x 16 grid (x2 is noise-free filler).
Dataset linearData() {
  Dataset d(3);
  for (int i = 0; i < 16; ++i)
    for (int j = 0; j < 16; ++j)
      d.add({float(i), float(j), float((i * 7 + j) % 5)},
            3.0f * i - 2.0f * j);
  return d;
}

TEST(BoosterTest, RegressorLearnsAndIsDeterministic) {
  Dataset d = linearData();
  llvm::Expected<Booster> a = Booster::train(d, TrainParams{});
  ASSERT_TRUE(static_cast<bool>(a)) << llvm::toString(a.takeError());
  llvm::Expected<Booster> b = Booster::train(d, TrainParams{});
  ASSERT_TRUE(static_cast<bool>(b)) << llvm::toString(b.takeError());
  llvm::Expected<std::vector<float>> pa = a->predict(d.values, 3);
  llvm::Expected<std::vector<float>> pb = b->predict(d.values, 3);
  ASSERT_TRUE(static_cast<bool>(pa) && static_cast<bool>(pb));
  ASSERT_EQ(pa->size(), 256u);
  EXPECT_EQ(*pa, *pb); // one thread, fixed seed: identical models
  double worst = 0;
  for (size_t i = 0; i < pa->size(); ++i)
    worst = std::max(worst, double(std::abs((*pa)[i] - d.labels[i])));
  EXPECT_LT(worst, 1.0); // labels span [-30, 45]
  EXPECT_EQ(a->attribute("feature_schema"), featureSchema());
  EXPECT_EQ(a->attribute("objective"), "reg:squarederror");
}

TEST(BoosterTest, SaveLoadRoundTrip) {
  Dataset d = linearData();
  TrainParams params;
  params.machine = "l1d=32768 test";
  llvm::Expected<Booster> a = Booster::train(d, params);
  ASSERT_TRUE(static_cast<bool>(a)) << llvm::toString(a.takeError());
  std::string path = tempPath("model.json");
  ASSERT_FALSE(static_cast<bool>(a->save(path)));
  llvm::Expected<Booster> b = Booster::load(path);
  ASSERT_TRUE(static_cast<bool>(b)) << llvm::toString(b.takeError());
  EXPECT_EQ(b->attribute("machine"), "l1d=32768 test");
  llvm::Expected<std::vector<float>> pa = a->predict(d.values, 3);
  llvm::Expected<std::vector<float>> pb = b->predict(d.values, 3);
  ASSERT_TRUE(static_cast<bool>(pa) && static_cast<bool>(pb));
  EXPECT_EQ(*pa, *pb);
  // The file is XGBoost JSON with the schema in it.
  auto text = llvm::MemoryBuffer::getFile(path);
  ASSERT_TRUE(static_cast<bool>(text));
  EXPECT_THAT((*text)->getBuffer().str(), HasSubstr(featureSchema()));
  llvm::sys::fs::remove(path);
}

TEST(BoosterTest, SchemaMismatchIsAnError) {
  llvm::Expected<Booster> a =
      Booster::train(linearData(), TrainParams{}, "dlc-cpu-v0:old");
  ASSERT_TRUE(static_cast<bool>(a)) << llvm::toString(a.takeError());
  std::string path = tempPath("old.json");
  ASSERT_FALSE(static_cast<bool>(a->save(path)));
  llvm::Expected<Booster> b = Booster::load(path);
  ASSERT_FALSE(static_cast<bool>(b));
  std::string message = llvm::toString(b.takeError());
  EXPECT_THAT(message, HasSubstr("was trained on features 'dlc-cpu-v0:old'"));
  EXPECT_THAT(message, HasSubstr(featureSchema()));
  llvm::sys::fs::remove(path);
}

TEST(BoosterTest, BadInputsAreErrors) {
  llvm::Expected<Booster> missing = Booster::load("/nonexistent/model.json");
  ASSERT_FALSE(static_cast<bool>(missing));
  EXPECT_THAT(llvm::toString(missing.takeError()),
              HasSubstr("cannot open cost model '/nonexistent/model.json'"));

  std::string path = tempPath("garbage.json");
  {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    os << "{ not a model";
  }
  llvm::Expected<Booster> garbage = Booster::load(path);
  ASSERT_FALSE(static_cast<bool>(garbage));
  EXPECT_THAT(llvm::toString(garbage.takeError()),
              HasSubstr("cannot read cost model"));
  llvm::sys::fs::remove(path);

  Dataset empty(3);
  llvm::Expected<Booster> none = Booster::train(empty, TrainParams{});
  ASSERT_FALSE(static_cast<bool>(none));
  EXPECT_THAT(llvm::toString(none.takeError()), HasSubstr("no training rows"));

  TrainParams ranker;
  ranker.objective = "rank:pairwise";
  llvm::Expected<Booster> ungrouped = Booster::train(linearData(), ranker);
  ASSERT_FALSE(static_cast<bool>(ungrouped));
  EXPECT_THAT(llvm::toString(ungrouped.takeError()), HasSubstr("needs groups"));

  llvm::Expected<Booster> model = Booster::train(linearData(), TrainParams{});
  ASSERT_TRUE(static_cast<bool>(model)) << llvm::toString(model.takeError());
  llvm::Expected<std::vector<float>> ragged =
      model->predict({1.0f, 2.0f, 3.0f, 4.0f}, 3);
  ASSERT_FALSE(static_cast<bool>(ragged));
  EXPECT_THAT(llvm::toString(ragged.takeError()),
              HasSubstr("do not form rows of 3 features"));
}

TEST(BoosterTest, RankerOrdersWithinGroups) {
  // 8 groups ("tasks") of 12 candidates; the best candidate has the
  // smallest x0 + |x1 - g| (g the group), the label being its negation.
  Dataset d(3);
  for (int g = 0; g < 8; ++g) {
    d.startGroup();
    for (int c = 0; c < 12; ++c) {
      float x0 = float((c * 5) % 12), x1 = float((c * 7 + g) % 9);
      d.add({x0, x1, float(g)}, -(x0 + std::abs(x1 - g)));
    }
  }
  TrainParams params;
  params.objective = "rank:pairwise";
  llvm::Expected<Booster> ranker = Booster::train(d, params);
  ASSERT_TRUE(static_cast<bool>(ranker)) << llvm::toString(ranker.takeError());
  llvm::Expected<std::vector<float>> p = ranker->predict(d.values, 3);
  ASSERT_TRUE(static_cast<bool>(p));
  int correct = 0, pairs = 0;
  for (int g = 0; g < 8; ++g)
    for (int i = 0; i < 12; ++i)
      for (int j = 0; j < 12; ++j) {
        int a = g * 12 + i, b = g * 12 + j;
        if (d.labels[a] <= d.labels[b])
          continue;
        ++pairs;
        correct += (*p)[a] > (*p)[b];
      }
  EXPECT_GT(double(correct) / pairs, 0.9);
}

} // namespace
