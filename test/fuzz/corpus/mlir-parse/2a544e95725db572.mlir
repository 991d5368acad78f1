func.func @gather_nd_dynamic_tuple(%x: tensor<2x2xf32>, %i: tensor<2x?xi64>) -> tensor<2xf32> {
  %0 = graph.gather_nd %x, %i : (tensor<2x2xf32>, tensor<2x?xi64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
