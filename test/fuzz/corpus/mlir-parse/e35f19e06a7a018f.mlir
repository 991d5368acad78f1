func.func @arg_min_axis(%x: tensor<2x3xf32>) -> tensor<2x1xi64> {
  %0 = graph.arg_min %x {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}
