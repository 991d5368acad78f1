func.func @gemm_wrong_result(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>) -> tensor<4x4xf32> {
  %0 = graph.gemm %a, %b {transA = true, transB = true} : (tensor<4x3xf32>, tensor<5x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}
