func.func @squeeze_axis_twice(%x: tensor<1x3xf32>) {
  %0 = graph.squeeze %x {axes = array<i64: 0, -2>} : (tensor<1x3xf32>) -> tensor<3xf32>
  return
}
