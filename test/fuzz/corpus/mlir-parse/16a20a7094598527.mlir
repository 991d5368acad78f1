func.func @pad_axis_out_of_range(%x: tensor<2x3xf32>, %p: tensor<2xi64>) {
  %a = graph.constant dense<[-3]> : tensor<1xi64>
  %0 = graph.pad %x, %p, axes = %a : (tensor<2x3xf32>, tensor<2xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}
