func.func @pad_value_element_type(%x: tensor<2x3xf32>, %p: tensor<4xi64>, %v: tensor<f16>) {
  %0 = graph.pad %x, %p, value = %v : (tensor<2x3xf32>, tensor<4xi64>, tensor<f16>) -> tensor<?x?xf32>
  return
}
