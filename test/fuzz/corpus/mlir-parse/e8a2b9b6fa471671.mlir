func.func @softmax_wrong_result(%x: tensor<2x10xf32>) -> tensor<10x2xf32> {
  %0 = graph.softmax %x : (tensor<2x10xf32>) -> tensor<10x2xf32>
  return %0 : tensor<10x2xf32>
}
