func.func @unsqueeze_wrong_result(%x: tensor<3x4xf32>) {
  %0 = graph.unsqueeze %x {axes = array<i64: -1>} : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
  return
}
