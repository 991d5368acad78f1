func.func @clip_wrong_result(%a: tensor<2x3xf32>) {
  %0 = graph.clip %a : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return
}
