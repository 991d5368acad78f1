func.func @squeeze_axis_out_of_range(%x: tensor<1x3xf32>) {
  %0 = graph.squeeze %x {axes = array<i64: 2>} : (tensor<1x3xf32>) -> tensor<?xf32>
  return
}
