func.func @log_softmax_wrong_result(%x: tensor<2x10xf32>) -> tensor<2x10xf16> {
  %0 = graph.log_softmax %x : (tensor<2x10xf32>) -> tensor<2x10xf16>
  return %0 : tensor<2x10xf16>
}
