func.func @slice_too_many_starts(%x: tensor<4x10xf32>, %s: tensor<3xi64>) {
  %0 = graph.slice %x, %s, %s : (tensor<4x10xf32>, tensor<3xi64>, tensor<3xi64>) -> tensor<?x?xf32>
  return
}
