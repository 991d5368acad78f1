func.func @log_softmax_int(%x: tensor<2x10xi32>) -> tensor<2x10xi32> {
  %0 = graph.log_softmax %x : (tensor<2x10xi32>) -> tensor<2x10xi32>
  return %0 : tensor<2x10xi32>
}
