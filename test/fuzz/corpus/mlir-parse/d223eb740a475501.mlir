func.func @pad_unknown_keyword(%x: tensor<4xf32>, %p: tensor<2xi64>, %v: tensor<f32>) {
  %0 = graph.pad %x, %p, constant_value = %v : (tensor<4xf32>, tensor<2xi64>, tensor<f32>) -> tensor<?xf32>
  return
}
