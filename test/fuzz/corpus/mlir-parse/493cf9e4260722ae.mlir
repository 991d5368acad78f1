func.func @reduce_sum_axis_too_large(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = graph.reduce_sum %x {axes = array<i64: 3>} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}
