func.func @reshape_shape_not_static(%x: tensor<2x3xf32>, %s: tensor<?xi64>) {
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?xf32>
  return
}
