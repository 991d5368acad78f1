func.func @shape_wrong_result(%x: tensor<2x3x4xf32>) {
  %0 = graph.shape %x {start = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<3xi64>
  return
}
