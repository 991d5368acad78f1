func.func @reduce_sum_wrong_result_keepdims(%x: tensor<2x3x4xf32>) -> tensor<2x4xf32> {
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
