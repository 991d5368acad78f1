func.func @sub_wrong_result_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  %0 = graph.sub %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<1x2x3xf32>
  return
}
