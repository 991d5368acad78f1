//===- CudaLaunchConfigTest.cpp - How kernels are spread over a GPU ------===//

#include "lib/Target/Cuda/CudaTarget.h"

#include <gtest/gtest.h>

using dlc::computeGpuLaunchConfig;
using dlc::GpuLaunchConfig;

namespace {

using V = std::vector<int64_t>;

TEST(CudaLaunchConfig, DefaultGivesThreadsToTheInnermostParallelLoops) {
  std::string error;
  // A conv output [1, 16, 32, 32] with three reduction loops.
  auto c = computeGpuLaunchConfig({1, 16, 32, 32, 3, 3, 3},
                                  {true, true, true, true, false, false, false},
                                  {}, {}, error);
  ASSERT_TRUE(c) << error;
  EXPECT_EQ(c->mapped, (V{0, 1, 2, 3}));
  // 32 threads on the stride-1 loop, 256 / 32 = 8 on the next.
  EXPECT_EQ(c->threads, (V{1, 1, 8, 32}));
  EXPECT_EQ(c->blocks, (V{1, 16, 4, 1}));
  EXPECT_EQ(c->numThreads, 256);
  EXPECT_EQ(c->numBlocks, 64);
}

TEST(CudaLaunchConfig, DefaultForASmallLoop) {
  std::string error;
  auto c = computeGpuLaunchConfig({10}, {true}, {}, {}, error);
  ASSERT_TRUE(c) << error;
  EXPECT_EQ(c->numThreads, 10);
  EXPECT_EQ(c->numBlocks, 1);
}

TEST(CudaLaunchConfig, NoParallelLoopIsOneThread) {
  std::string error;
  auto c = computeGpuLaunchConfig({100}, {false}, {}, {}, error);
  ASSERT_TRUE(c) << error;
  EXPECT_TRUE(c->mapped.empty());
  EXPECT_EQ(c->numThreads, 1);
  EXPECT_EQ(c->numBlocks, 1);
}

TEST(CudaLaunchConfig, FollowsTheSchedule) {
  std::string error;
  auto c = computeGpuLaunchConfig({128, 256, 96}, {true, true, false},
                                  {32, 64, 0}, {1, 4, 0}, error);
  ASSERT_TRUE(c) << error;
  EXPECT_EQ(c->mapped, (V{0, 1}));
  EXPECT_EQ(c->blockTile, (V{32, 64}));
  EXPECT_EQ(c->perThread, (V{1, 4}));
  EXPECT_EQ(c->threads, (V{32, 16}));
  EXPECT_EQ(c->blocks, (V{4, 4}));
  EXPECT_EQ(c->numThreads, 512);
  EXPECT_EQ(c->numBlocks, 16);
}

TEST(CudaLaunchConfig, TilesClampToTheLoop) {
  std::string error;
  // A tile larger than the loop is the whole loop; a thread tile that does
  // not divide the block tile rounds the thread count up.
  auto c =
      computeGpuLaunchConfig({20, 7}, {true, true}, {64, 7}, {3, 0}, error);
  ASSERT_TRUE(c) << error;
  EXPECT_EQ(c->blockTile, (V{20, 7}));
  EXPECT_EQ(c->threads, (V{7, 7}));
  EXPECT_EQ(c->numBlocks, 1);
}

TEST(CudaLaunchConfig, Errors) {
  std::string error;
  EXPECT_FALSE(
      computeGpuLaunchConfig({8, 8}, {true, false}, {8, 8}, {}, error));
  EXPECT_NE(error.find("a reduction loop"), std::string::npos) << error;
  EXPECT_FALSE(
      computeGpuLaunchConfig({64, 64}, {true, true}, {64, 64}, {}, error));
  EXPECT_NE(error.find("more than 1024 threads"), std::string::npos) << error;
  EXPECT_FALSE(computeGpuLaunchConfig({64}, {true}, {}, {2}, error));
  EXPECT_NE(error.find("needs gpu_block"), std::string::npos) << error;
  EXPECT_FALSE(computeGpuLaunchConfig({64}, {true}, {8, 8}, {}, error));
  EXPECT_NE(error.find("one entry per loop"), std::string::npos) << error;
}

TEST(CudaLaunchConfig, Arch) {
  dlc::CudaOptions options;
  std::string error;
  EXPECT_TRUE(dlc::parseCudaArch("sm_90", options, error));
  EXPECT_EQ(options.chip, "sm_90");
  EXPECT_EQ(options.features, "+ptx80");
  EXPECT_FALSE(dlc::parseCudaArch("sm_70", options, error));
  EXPECT_NE(error.find("unknown CUDA architecture 'sm_70'"), std::string::npos);
}

} // namespace
