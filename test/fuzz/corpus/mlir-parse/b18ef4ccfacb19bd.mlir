func.func @one_hot_depth(%i: tensor<3xi64>, %v: tensor<2xf32>) -> tensor<3x0xf32> {
  %0 = graph.one_hot %i, %v {depth = 0 : i64} : (tensor<3xi64>, tensor<2xf32>) -> tensor<3x0xf32>
  return %0 : tensor<3x0xf32>
}
