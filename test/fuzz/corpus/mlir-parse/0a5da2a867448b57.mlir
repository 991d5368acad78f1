func.func @neg_wrong_result_element(%a: tensor<2x3xf32>) {
  %0 = "graph.neg"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf64>
  return
}
