func.func @reduce_max_wrong_result_element_type(%x: tensor<2x3xi32>) -> tensor<2x1xi64> {
  %0 = graph.reduce_max %x {axes = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<2x1xi64>
  return %0 : tensor<2x1xi64>
}
