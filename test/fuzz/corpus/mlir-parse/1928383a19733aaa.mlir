func.func @squeeze_wrong_result(%x: tensor<1x3x1xf32>) {
  %0 = graph.squeeze %x : (tensor<1x3x1xf32>) -> tensor<3x1xf32>
  return
}
