func.func @abs_result_less_static(%a: tensor<2x3xf32>) {
  %0 = "graph.abs"(%a) : (tensor<2x3xf32>) -> tensor<?x3xf32>
  return
}
