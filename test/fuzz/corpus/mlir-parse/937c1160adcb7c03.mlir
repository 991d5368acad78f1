func.func @slice_ends_length(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %e: tensor<2xi64>) {
  %0 = graph.slice %x, %s, %e : (tensor<4x10xf32>, tensor<1xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
