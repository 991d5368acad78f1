func.func @flatten_wrong_result(%x: tensor<2x3x4xf32>) {
  %0 = graph.flatten %x {axis = 2 : i64} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  return
}
