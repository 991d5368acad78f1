func.func @range_element_types(%s: tensor<f32>, %d: tensor<i64>) {
  %0 = graph.range %s, %s, %d : (tensor<f32>, tensor<f32>, tensor<i64>) -> tensor<?xf32>
  return
}
