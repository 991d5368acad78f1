func.func @unsqueeze_axis_twice(%x: tensor<3x4xf32>) {
  %0 = graph.unsqueeze %x {axes = array<i64: 1, -3>} : (tensor<3x4xf32>) -> tensor<3x1x1x4xf32>
  return
}
