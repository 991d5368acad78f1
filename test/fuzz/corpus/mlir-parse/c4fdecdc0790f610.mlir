func.func @flatten_axis_too_small(%x: tensor<2x3x4xf32>) {
  %0 = graph.flatten %x {axis = -4 : i64} : (tensor<2x3x4xf32>) -> tensor<?x?xf32>
  return
}
