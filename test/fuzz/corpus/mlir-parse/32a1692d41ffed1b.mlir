func.func @slice_starts_not_static(%x: tensor<4x10xf32>, %s: tensor<?xi64>, %e: tensor<1xi64>) {
  %0 = graph.slice %x, %s, %e : (tensor<4x10xf32>, tensor<?xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}
