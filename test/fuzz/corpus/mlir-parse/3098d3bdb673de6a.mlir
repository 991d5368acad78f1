func.func @transpose_wrong_result(%x: tensor<2x3x4xf32>) {
  %0 = graph.transpose %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return
}
