func.func @slice_steps_length(%x: tensor<4x10xf32>, %s: tensor<1xi64>, %k: tensor<3xi32>) {
  %0 = graph.slice %x, %s, %s, steps = %k : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<3xi32>) -> tensor<?x?xf32>
  return
}
