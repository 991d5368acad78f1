func.func @reduce_min_duplicate_axes_negative(%x: tensor<2x3x4xf32>) -> tensor<2x3x1xf32> {
  %0 = graph.reduce_min %x {axes = array<i64: 2, -1>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  return %0 : tensor<2x3x1xf32>
}
