func.func @gemm_k_mismatch_dynamic(%a: tensor<?x4xf32>, %b: tensor<6x5xf32>) -> tensor<?x6xf32> {
  %0 = graph.gemm %a, %b {transB = true} : (tensor<?x4xf32>, tensor<6x5xf32>) -> tensor<?x6xf32>
  return %0 : tensor<?x6xf32>
}
