func.func @squeeze_non_one(%x: tensor<1x3xf32>) {
  %0 = graph.squeeze %x {axes = array<i64: 1>} : (tensor<1x3xf32>) -> tensor<1xf32>
  return
}
