func.func @gemm_k_mismatch_trans_b(%a: tensor<1x512xf32>, %b: tensor<10x512xf32>) -> tensor<1x512xf32> {
  %0 = graph.gemm %a, %b : (tensor<1x512xf32>, tensor<10x512xf32>) -> tensor<1x512xf32>
  return %0 : tensor<1x512xf32>
}
