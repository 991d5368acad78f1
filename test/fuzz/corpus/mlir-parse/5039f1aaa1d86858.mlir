func.func @matmul_k_mismatch_1d(%a: tensor<4xf32>, %b: tensor<2x3x5xf32>) -> tensor<2x5xf32> {
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<2x3x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}
