func.func @slice_axis_out_of_range(%x: tensor<4x10xf32>, %s: tensor<1xi64>) {
  %a = graph.constant dense<[2]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %s, axes = %a : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}
