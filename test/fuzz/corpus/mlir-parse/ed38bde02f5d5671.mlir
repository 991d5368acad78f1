func.func @mul_wrong_result_element(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  %0 = graph.mul %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf64>
  return
}
