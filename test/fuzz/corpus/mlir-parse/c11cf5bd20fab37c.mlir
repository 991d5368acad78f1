func.func @gemm_k_mismatch_trans_a(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %0 = graph.gemm %a, %b {transA = true} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}
