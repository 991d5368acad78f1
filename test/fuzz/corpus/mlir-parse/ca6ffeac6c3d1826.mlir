func.func @slice_axes_length(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %a: tensor<2xi64>) {
  %0 = graph.slice %x, %s, %s, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
