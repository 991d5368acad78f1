func.func @gather_nd_batch_dims(%x: tensor<2x2xf32>, %i: tensor<2x1xi64>) -> tensor<2xf32> {
  %0 = graph.gather_nd %x, %i {batch_dims = 2 : i64} : (tensor<2x2xf32>, tensor<2x1xi64>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
