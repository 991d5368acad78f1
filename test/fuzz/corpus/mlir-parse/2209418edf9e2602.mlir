func.func @arg_max_scalar(%x: tensor<f32>) -> tensor<i64> {
  %0 = graph.arg_max %x : (tensor<f32>) -> tensor<i64>
  return %0 : tensor<i64>
}
