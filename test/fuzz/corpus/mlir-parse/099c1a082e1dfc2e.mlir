func.func @reshape_shape_not_1d(%x: tensor<2x3xf32>, %s: tensor<1x2xi64>) {
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<1x2xi64>) -> tensor<?x?xf32>
  return
}
