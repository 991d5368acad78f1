func.func @constant_missing_value() {
  %0 = "graph.constant"() : () -> tensor<3xf32>
  return
}
