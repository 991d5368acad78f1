func.func @constant_not_elements() {
  %0 = "graph.constant"() <{value = 1.0 : f32}> : () -> tensor<f32>
  return
}
