//===- ShapeInferenceTest.cpp - ONNX shape rules against hand-computed shapes//
//
// Every expected shape below was worked out by hand from the ONNX operator
// spec (the formula is in the comment next to it), not produced by the code
// under test.
//
//===----------------------------------------------------------------------===//

#include "dialects/Graph/ShapeInference.h"

#include "mlir/IR/BuiltinTypeInterfaces.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

using namespace dlc::graph;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

static constexpr int64_t Q = mlir::ShapedType::kDynamic;

TEST(Broadcast, SameShape) {
  ShapeResult r = broadcastShapes({2, 3}, {2, 3});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_THAT(r.shape, ElementsAre(2, 3));
}

TEST(Broadcast, RightAligned) {
  // (2,3,4) with (4): (4) aligns with the last dim.
  ShapeResult r = broadcastShapes({2, 3, 4}, {4});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(2, 3, 4));
}

TEST(Broadcast, OnesStretchBothWays) {
  // (2,1,4) with (3,1): -> (2,3,4).
  ShapeResult r = broadcastShapes({2, 1, 4}, {3, 1});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(2, 3, 4));
}

TEST(Broadcast, ScalarWithTensor) {
  ShapeResult r = broadcastShapes({}, {5, 6});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(5, 6));
}

TEST(Broadcast, ZeroSizedDim) {
  // ONNX allows 0-sized dims; 0 with 1 gives 0.
  ShapeResult r = broadcastShapes({0, 3}, {1, 3});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(0, 3));
}

TEST(Broadcast, Mismatch) {
  ShapeResult r = broadcastShapes({2, 3}, {4, 3});
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.error, HasSubstr("shapes 2x3, 4x3 are not broadcast-compatible"));
  EXPECT_THAT(r.error, HasSubstr("sizes 2 and 4"));
}

TEST(Broadcast, DynamicDims) {
  // ? with 1 stays ?, ? with 5 is 5, ? with ? stays ?.
  ShapeResult r = broadcastShapes({Q, Q, Q}, {1, 5, Q});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(Q, 5, Q));
}

TEST(Broadcast, ThreeWay) {
  // Where(cond: (2,1), x: (1,3), y: ()) -> (2,3).
  llvm::SmallVector<int64_t> a = {2, 1}, b = {1, 3}, c = {};
  llvm::ArrayRef<int64_t> shapes[] = {a, b, c};
  ShapeResult r = broadcastShapes(shapes);
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(2, 3));
}

TEST(Broadcast, Unidirectional) {
  EXPECT_TRUE(isUnidirectionalBroadcastable({3}, {2, 3}));
  EXPECT_TRUE(isUnidirectionalBroadcastable({1, 3}, {2, 3}));
  EXPECT_FALSE(isUnidirectionalBroadcastable({2, 3}, {3}));
  EXPECT_FALSE(isUnidirectionalBroadcastable({4}, {2, 3}));
}

TEST(MatMul, Plain) {
  ShapeResult r = inferMatMulShape({4, 8}, {8, 16});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(4, 16));
}

TEST(MatMul, VectorPromotion) {
  // (8) x (8,16) -> (16); (4,8) x (8) -> (4); (8) x (8) -> scalar.
  EXPECT_THAT(inferMatMulShape({8}, {8, 16}).shape, ElementsAre(16));
  EXPECT_THAT(inferMatMulShape({4, 8}, {8}).shape, ElementsAre(4));
  ShapeResult dot = inferMatMulShape({8}, {8});
  ASSERT_TRUE(dot.ok());
  EXPECT_TRUE(dot.shape.empty());
}

TEST(MatMul, BatchBroadcast) {
  // (2,1,4,8) x (3,8,5) -> batch (2,1) with (3) = (2,3) -> (2,3,4,5).
  ShapeResult r = inferMatMulShape({2, 1, 4, 8}, {3, 8, 5});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(2, 3, 4, 5));
}

TEST(MatMul, KMismatch) {
  ShapeResult r = inferMatMulShape({4, 8}, {7, 16});
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.error, HasSubstr("K = 8"));
  EXPECT_THAT(r.error, HasSubstr("K = 7"));
}

TEST(Window, OutputDimFormula) {
  // floor((224 + 3 + 3 - 7) / 2) + 1 = floor(223/2) + 1 = 112.
  EXPECT_EQ(windowOutputDim(224, 7, 2, 1, 3, 3, AutoPad::NotSet, false), 112);
  // dilation 2, k 3: effective 5; floor((10 - 5) / 1) + 1 = 6.
  EXPECT_EQ(windowOutputDim(10, 3, 1, 2, 0, 0, AutoPad::NotSet, false), 6);
  // SAME: ceil(224 / 2) = 112; ceil(7/2) = 4.
  EXPECT_EQ(windowOutputDim(224, 3, 2, 1, 0, 0, AutoPad::SameUpper, false), 112);
  EXPECT_EQ(windowOutputDim(7, 3, 2, 1, 0, 0, AutoPad::SameLower, false), 4);
  // VALID: ceil((7 - 3 + 1) / 2) = 3.
  EXPECT_EQ(windowOutputDim(7, 3, 2, 1, 0, 0, AutoPad::Valid, false), 3);
  EXPECT_EQ(windowOutputDim(Q, 3, 1, 1, 1, 1, AutoPad::NotSet, false), Q);
}

TEST(Window, CeilMode) {
  // floor((6 - 3) / 2) + 1 = 2; ceil(3 / 2) + 1 = 3.
  EXPECT_EQ(windowOutputDim(6, 3, 2, 1, 0, 0, AutoPad::NotSet, false), 2);
  EXPECT_EQ(windowOutputDim(6, 3, 2, 1, 0, 0, AutoPad::NotSet, true), 3);
  // 5, k 2, s 2, pad end 1: ceil((5 + 1 - 2) / 2) + 1 = 3; the last window
  // starts at 4 < 5, kept. With pad end 2: ceil(5/2)+1 = 4, start 6 >= 5,
  // dropped -> 3.
  EXPECT_EQ(windowOutputDim(5, 2, 2, 1, 0, 1, AutoPad::NotSet, true), 3);
  EXPECT_EQ(windowOutputDim(5, 2, 2, 1, 0, 2, AutoPad::NotSet, true), 3);
}

TEST(Window, SamePadding) {
  // in 7, k 3, s 2: out 4, total pad = (4-1)*2 + 3 - 7 = 2 -> (1, 1).
  EXPECT_EQ(samePadding(7, 3, 2, 1, AutoPad::SameUpper), std::make_pair(int64_t(1), int64_t(1)));
  // in 8, k 3, s 2: out 4, total = 6 + 3 - 8 = 1: upper puts it at the end.
  EXPECT_EQ(samePadding(8, 3, 2, 1, AutoPad::SameUpper), std::make_pair(int64_t(0), int64_t(1)));
  EXPECT_EQ(samePadding(8, 3, 2, 1, AutoPad::SameLower), std::make_pair(int64_t(1), int64_t(0)));
}

TEST(Conv, ResNetStem) {
  // 1x3x224x224, 64x3x7x7, stride 2, pads 3: 1x64x112x112.
  WindowAttrs a;
  a.strides = {2, 2};
  a.pads = {3, 3, 3, 3};
  ShapeResult r = inferConvShape({1, 3, 224, 224}, {64, 3, 7, 7}, a, 1);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_THAT(r.shape, ElementsAre(1, 64, 112, 112));
}

TEST(Conv, Depthwise) {
  // MobileNetV2 depthwise: 1x32x112x112, W 32x1x3x3, group 32, pad 1.
  WindowAttrs a;
  a.pads = {1, 1, 1, 1};
  ShapeResult r = inferConvShape({1, 32, 112, 112}, {32, 1, 3, 3}, a, 32);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_THAT(r.shape, ElementsAre(1, 32, 112, 112));
}

TEST(Conv, OneAndThreeD) {
  WindowAttrs a1;
  a1.strides = {2};
  // 1-D: floor((100 - 5) / 2) + 1 = 48.
  EXPECT_THAT(inferConvShape({2, 4, 100}, {8, 4, 5}, a1, 1).shape,
              ElementsAre(2, 8, 48));
  WindowAttrs a3;
  a3.dilations = {1, 2, 1};
  // 3-D: (16-3+1, 16-5+1, 16-3+1) = (14, 12, 14).
  EXPECT_THAT(inferConvShape({1, 2, 16, 16, 16}, {4, 2, 3, 3, 3}, a3, 1).shape,
              ElementsAre(1, 4, 14, 12, 14));
}

TEST(Conv, Errors) {
  WindowAttrs a;
  EXPECT_THAT(inferConvShape({1, 3, 8, 8}, {4, 2, 3, 3}, a, 1).error,
              HasSubstr("input channels (3) must equal weight dim 1 (2) times group (1)"));
  EXPECT_THAT(inferConvShape({1, 4, 8, 8}, {6, 1, 3, 3}, a, 4).error,
              HasSubstr("output channels (6) must be a multiple of group (4)"));
  a.strides = {1};
  EXPECT_THAT(inferConvShape({1, 3, 8, 8}, {4, 3, 3, 3}, a, 1).error,
              HasSubstr("strides has 1 entries but the input has 2 spatial dims"));
  WindowAttrs b;
  EXPECT_THAT(inferConvShape({1, 3, 2, 2}, {4, 3, 3, 3}, b, 1).error,
              HasSubstr("smaller than the dilated kernel"));
  WindowAttrs c;
  c.kernelShape = {5, 5};
  EXPECT_THAT(inferConvShape({1, 3, 8, 8}, {4, 3, 3, 3}, c, 1).error,
              HasSubstr("does not match the weight's spatial dims"));
}

TEST(ConvTranspose, Formula) {
  // stride 2, k 3, pads 1/1, output_padding 1: 2*(8-1) + 1 + 3 - 2 = 16.
  WindowAttrs a;
  a.strides = {2, 2};
  a.pads = {1, 1, 1, 1};
  ShapeResult r = inferConvTransposeShape({1, 16, 8, 8}, {16, 4, 3, 3}, a, 2,
                                          {1, 1}, {});
  ASSERT_TRUE(r.ok()) << r.error;
  // M = W[1] * group = 8.
  EXPECT_THAT(r.shape, ElementsAre(1, 8, 16, 16));
  // An explicit output_shape wins.
  r = inferConvTransposeShape({1, 16, 8, 8}, {16, 4, 3, 3}, a, 1, {}, {15, 15});
  EXPECT_THAT(r.shape, ElementsAre(1, 4, 15, 15));
}

TEST(Pool, MaxPoolResNet) {
  // 112 -> floor((112 + 2 - 3) / 2) + 1 = 56.
  WindowAttrs a;
  a.kernelShape = {3, 3};
  a.strides = {2, 2};
  a.pads = {1, 1, 1, 1};
  ShapeResult r = inferPoolShape({1, 64, 112, 112}, a);
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.shape, ElementsAre(1, 64, 56, 56));
}

TEST(Pool, NeedsKernelShape) {
  WindowAttrs a;
  EXPECT_THAT(inferPoolShape({1, 4, 8, 8}, a).error,
              HasSubstr("kernel_shape has 0 entries"));
}

TEST(Axis, Normalize) {
  EXPECT_EQ(normalizeAxis(-1, 4), 3);
  EXPECT_EQ(normalizeAxis(0, 4), 0);
  EXPECT_FALSE(normalizeAxis(4, 4).has_value());
  EXPECT_FALSE(normalizeAxis(-5, 4).has_value());
}

TEST(Format, Shapes) {
  EXPECT_EQ(formatShape({2, Q, 3}), "2x?x3");
  EXPECT_EQ(formatShape({}), "scalar");
}

TEST(Conv, HugeWindowParametersAreRejected) {
  // Values this large would overflow the output-size arithmetic.
  WindowAttrs a;
  a.dilations = {INT64_MAX, 1};
  EXPECT_THAT(inferConvShape({1, 3, 8, 8}, {4, 3, 3, 3}, a, 1).error,
              HasSubstr("dilations [9223372036854775807, 1] has a value above 1073741824"));
  WindowAttrs b;
  b.kernelShape = {3, 3};
  b.pads = {0, 0, INT64_MAX, 0};
  EXPECT_THAT(inferPoolShape({1, 3, 8, 8}, b).error,
              HasSubstr("pads [0, 0, 9223372036854775807, 0] has a value above"));
}
