func.func @constant_index() {
  %0 = graph.constant dense<1> : tensor<2xindex>
  return
}
