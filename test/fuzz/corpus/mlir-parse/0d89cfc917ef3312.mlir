func.func @pad_value_not_scalar(%x: tensor<2x3xf32>, %p: tensor<4xi64>, %v: tensor<2xf32>) {
  %0 = graph.pad %x, %p, value = %v : (tensor<2x3xf32>, tensor<4xi64>, tensor<2xf32>) -> tensor<?x?xf32>
  return
}
