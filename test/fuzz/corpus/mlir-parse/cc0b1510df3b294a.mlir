func.func @pad_too_many_axes(%x: tensor<2xf32>, %a: tensor<3xi64>) {
  %p = graph.constant dense<1> : tensor<6xi64>
  %0 = graph.pad %x, %p, axes = %a : (tensor<2xf32>, tensor<6xi64>, tensor<3xi64>) -> tensor<?xf32>
  return
}
