func.func @pad_pads_length_with_axes(%x: tensor<2x3xf32>, %p: tensor<4xi64>) {
  %a = graph.constant dense<[1]> : tensor<1xi64>
  %0 = graph.pad %x, %p, axes = %a : (tensor<2x3xf32>, tensor<4xi64>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}
