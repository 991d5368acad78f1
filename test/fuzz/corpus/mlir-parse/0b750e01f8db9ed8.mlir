func.func @cumsum_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.cumsum %x {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
