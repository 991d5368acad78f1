func.func @reduce_mean_axis_too_small(%x: tensor<2x3x4xf32>) -> tensor<2x3x1xf32> {
  %0 = graph.reduce_mean %x {axes = array<i64: 2, -4>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  return %0 : tensor<2x3x1xf32>
}
