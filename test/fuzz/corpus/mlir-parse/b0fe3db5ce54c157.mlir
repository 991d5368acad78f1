func.func @range_not_scalar(%s: tensor<f32>, %l: tensor<1xf32>) {
  %0 = graph.range %s, %l, %s : (tensor<f32>, tensor<1xf32>, tensor<f32>) -> tensor<?xf32>
  return
}
