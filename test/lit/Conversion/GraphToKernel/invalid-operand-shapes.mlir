// RUN: dlc-opt %s --convert-graph-to-kernel -split-input-file -verify-diagnostics

// Shape-like operands that are not constants are read in the kernels, but
// the result shape must still be static.

func.func @range_length(%s: tensor<i64>, %l: tensor<i64>, %d: tensor<i64>) -> tensor<?xi64> {
  // expected-error @+1 {{has a length that depends on start, limit and delta, which are not constants ('tensor<?xi64>'); the CPU back end needs a static length: make them constants or give the output a static shape}}
  %0 = graph.range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

func.func @slice_ends(%x: tensor<8x4xf32>, %e: tensor<1xi64>) -> tensor<?x4xf32> {
  %s = graph.constant dense<[1]> : tensor<1xi64>
  // expected-error @+1 {{has a result shape that depends on operands that are not constants ('tensor<?x4xf32>'); the CPU back end needs static shapes: make those operands constants or give the output a static shape}}
  %0 = graph.slice %x, %s, %e : (tensor<8x4xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

func.func @pad_pads(%x: tensor<8x4xf32>, %p: tensor<4xi64>) -> tensor<?x?xf32> {
  // expected-error @+1 {{has a result shape that depends on operands that are not constants ('tensor<?x?xf32>')}}
  %0 = graph.pad %x, %p : (tensor<8x4xf32>, tensor<4xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @resize_roi(%x: tensor<4x5xf32>, %roi: tensor<2xf32>) -> tensor<3x3xf32> {
  %s = graph.constant dense<[3, 3]> : tensor<2xi64>
  // expected-error @+1 {{has a roi of type 'tensor<2xf32>'; tf_crop_and_resize needs 2 * rank = 4 entries (the starts, then the ends)}}
  %0 = graph.resize %x, roi = %roi, sizes = %s {mode = "linear", coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<4x5xf32>, tensor<2xf32>, tensor<2xi64>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}
