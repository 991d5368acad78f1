func.func @unsqueeze_axis_out_of_range(%x: tensor<3x4xf32>) {
  %0 = graph.unsqueeze %x {axes = array<i64: 3>} : (tensor<3x4xf32>) -> tensor<3x4x1xf32>
  return
}
