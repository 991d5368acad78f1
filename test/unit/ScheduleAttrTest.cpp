//===- ScheduleAttrTest.cpp - Building, checking and printing schedules ---===//

#include "dialects/Kernel/KernelOps.h"
#include "lib/Pipelines/InitAll.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace dlc::kernel;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {
class ScheduleAttrTest : public ::testing::Test {
protected:
  ScheduleAttrTest() {
    DialectRegistry registry;
    dlc::registerDLCDialects(registry);
    ctx.appendDialectRegistry(registry);
    ctx.loadAllAvailableDialects();
  }

  /// Builds a schedule through the checked path; returns it or the
  /// diagnostic text.
  std::pair<ScheduleAttr, std::string>
  build(ArrayRef<SmallVector<int64_t>> tiles, ArrayRef<int64_t> order = {},
        int64_t vector = 1, int64_t unroll = 1,
        ArrayRef<int64_t> parallel = {}, ArrayRef<int64_t> gpuBlock = {},
        ArrayRef<int64_t> gpuThread = {}) {
    std::string message;
    ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &d) {
      message = d.str();
      return success();
    });
    ScheduleAttr attr = ScheduleAttr::getValidated(
        [&] { return emitError(UnknownLoc::get(&ctx)); }, &ctx, tiles, order,
        vector, unroll, parallel, gpuBlock, gpuThread);
    return {attr, message};
  }

  std::string print(Attribute a) {
    std::string s;
    llvm::raw_string_ostream os(s);
    a.print(os);
    return s;
  }

  MLIRContext ctx;
};
} // namespace

TEST_F(ScheduleAttrTest, BuilderAndAccessors) {
  ScheduleAttr s = ScheduleAttr::get(&ctx, {{64, 64, 256}, {8, 32, 1}},
                                     {0, 2, 1}, 16, 4, {0});
  ASSERT_TRUE(s);
  EXPECT_EQ(s.getNumTileLevels(), 2u);
  EXPECT_THAT(s.getTileSizes(0), ElementsAre(64, 64, 256));
  EXPECT_THAT(s.getTileSizes(1), ElementsAre(8, 32, 1));
  EXPECT_THAT(s.getOrder(), ElementsAre(0, 2, 1));
  EXPECT_EQ(s.getVector(), 16);
  EXPECT_EQ(s.getUnroll(), 4);
  EXPECT_THAT(s.getParallel(), ElementsAre(0));
  EXPECT_EQ(s.getNumLoops(), 3);
}

TEST_F(ScheduleAttrTest, DefaultsAndEffectiveOrder) {
  ScheduleAttr s = ScheduleAttr::get(&ctx);
  EXPECT_EQ(s.getVector(), 1);
  EXPECT_EQ(s.getUnroll(), 1);
  EXPECT_FALSE(s.getNumLoops().has_value());
  EXPECT_THAT(s.getEffectiveOrder(3), ElementsAre(0, 1, 2));
  EXPECT_EQ(print(s), "#kernel.schedule<>");
}

TEST_F(ScheduleAttrTest, EqualSchedulesAreUniqued) {
  EXPECT_EQ(ScheduleAttr::get(&ctx, {{4, 4}}, {}, 8),
            ScheduleAttr::get(&ctx, {{4, 4}}, {}, 8));
  EXPECT_NE(ScheduleAttr::get(&ctx, {{4, 4}}, {}, 8),
            ScheduleAttr::get(&ctx, {{4, 4}}, {}, 16));
}

TEST_F(ScheduleAttrTest, WithoutParallelKeepsEverythingElse) {
  ScheduleAttr s = ScheduleAttr::get(&ctx, {{64, 64, 256}, {8, 32, 1}},
                                     {0, 2, 1}, 16, 4, {0, 1}, {32, 32, 0},
                                     {4, 4, 0});
  EXPECT_EQ(s.withoutParallel(),
            ScheduleAttr::get(&ctx, {{64, 64, 256}, {8, 32, 1}}, {0, 2, 1},
                              16, 4, {}, {32, 32, 0}, {4, 4, 0}));
  ScheduleAttr serial = ScheduleAttr::get(&ctx, {{4, 4}}, {}, 8);
  EXPECT_EQ(serial.withoutParallel(), serial);
}

TEST_F(ScheduleAttrTest, PrintsOnlyNonDefaults) {
  ScheduleAttr s = ScheduleAttr::get(&ctx, {{1, 64, 64}, {1, 8, 16}},
                                     {0, 2, 1}, 16, 4, {0});
  EXPECT_EQ(print(s), "#kernel.schedule<tiles = [[1, 64, 64], [1, 8, 16]], "
                      "order = [0, 2, 1], vector = 16, unroll = 4, "
                      "parallel = [0]>");
}

TEST_F(ScheduleAttrTest, ParseRoundTrip) {
  const char *text = "#kernel.schedule<vector = 8, tiles = [[32, 0]], "
                     "gpu_block = [32, 32], gpu_thread = [4, 4]>";
  Attribute a = parseAttribute(text, &ctx);
  ASSERT_TRUE(a);
  auto s = cast<ScheduleAttr>(a);
  EXPECT_THAT(s.getGpuBlock(), ElementsAre(32, 32));
  EXPECT_THAT(s.getGpuThread(), ElementsAre(4, 4));
  // Printed in canonical field order; parsing that again gives the same attr.
  std::string printed = print(s);
  EXPECT_EQ(printed, "#kernel.schedule<tiles = [[32, 0]], vector = 8, "
                     "gpu_block = [32, 32], gpu_thread = [4, 4]>");
  EXPECT_EQ(parseAttribute(printed, &ctx), a);
}

TEST_F(ScheduleAttrTest, RejectsImpossibleSchedules) {
  EXPECT_THAT(build({{64, 64}, {8}}).second,
              HasSubstr("tile level 1 has 1 entries but tile level 0 has 2"));
  EXPECT_THAT(build({{16, 16}, {32, 8}}).second,
              HasSubstr("tile size 32 for loop 0 at level 1 exceeds the "
                        "enclosing level's tile (16)"));
  EXPECT_THAT(build({{-1}}).second, HasSubstr("is negative"));
  EXPECT_THAT(build({{4, 4}}, {0, 0}).second,
              HasSubstr("order [0, 0] is not a permutation of [0, 2)"));
  EXPECT_THAT(build({{4, 4}}, {0, 1, 2}).second,
              HasSubstr("order has 3 entries but tile level 0 has 2"));
  EXPECT_THAT(build({}, {}, 12).second,
              HasSubstr("vector width must be a power of two in [1, 64], got 12"));
  EXPECT_THAT(build({}, {}, 1, 0).second,
              HasSubstr("unroll factor must be in [1, 64], got 0"));
  EXPECT_THAT(build({{4, 4}}, {}, 1, 1, {2}).second,
              HasSubstr("parallel loop 2 is out of range [0, 2)"));
  EXPECT_THAT(build({{4, 4}}, {}, 1, 1, {1, 1}).second,
              HasSubstr("parallel loop 1 is listed twice"));
  EXPECT_THAT(build({}, {}, 1, 1, {}, {8, 8}, {16, 1}).second,
              HasSubstr("gpu_thread tile 16 for loop 0 exceeds its gpu_block "
                        "tile (8)"));
  // A valid one produces no diagnostic.
  auto [ok, message] = build({{64, 64, 0}, {8, 16, 0}}, {1, 0, 2}, 16, 2, {0});
  EXPECT_TRUE(ok);
  EXPECT_EQ(message, "");
}

TEST_F(ScheduleAttrTest, CheckedAgainstLoops) {
  ScheduleAttr s = ScheduleAttr::get(&ctx, {{32, 32, 64}}, {}, 16, 1, {2});
  std::string message;
  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &d) {
    message = d.str();
    return success();
  });
  auto emit = [&] { return emitError(UnknownLoc::get(&ctx)); };
  IteratorType p = IteratorType::parallel, r = IteratorType::reduction;
  EXPECT_TRUE(failed(s.verifyAgainstLoops(emit, {p, p, r}, {64, 64, 64})));
  EXPECT_THAT(message, HasSubstr("marks loop 2 parallel, but it is a reduction"));
  EXPECT_TRUE(failed(s.verifyAgainstLoops(emit, {p, p}, {64, 64})));
  EXPECT_THAT(message, HasSubstr("talks about 3 loops but the root "
                                 "kernel.generic has 2"));
  ScheduleAttr big = ScheduleAttr::get(&ctx, {{128, 32, 64}});
  EXPECT_TRUE(failed(big.verifyAgainstLoops(emit, {p, p, r}, {64, 64, 64})));
  EXPECT_THAT(message, HasSubstr("tiles loop 0 (extent 64) by 128"));
  ScheduleAttr fine = ScheduleAttr::get(&ctx, {{32, 32, 64}}, {}, 16, 1, {0, 1});
  EXPECT_TRUE(succeeded(fine.verifyAgainstLoops(emit, {p, p, r}, {64, 64, 64})));
}
