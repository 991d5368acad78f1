func.func @arg_max_result_type(%x: tensor<2x3xf32>) -> tensor<2x1xi32> {
  %0 = graph.arg_max %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x1xi32>
  return %0 : tensor<2x1xi32>
}
