func.func @identity_element_not_folded(%x: tensor<3xf32>, %d: tensor<?xf32>)
    -> (tensor<2x3xf32>, tensor<4xf32>, tensor<?xf32>, tensor<3xf32>,
        tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>,
        tensor<?xf32>) {
  %z23 = graph.constant dense<0.0> : tensor<2x3xf32>
  %z4 = graph.constant dense<0.0> : tensor<4xf32>
  %o4 = graph.constant dense<1.0> : tensor<4xf32>
  %zero = graph.constant dense<0.0> : tensor<f32>
  %one = graph.constant dense<1.0> : tensor<f32>
  %two = graph.constant dense<2.0> : tensor<f32>
  %0 = graph.add %x, %z23 : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.add %d, %z4 : (tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = graph.mul %d, %o4 : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
  %3 = graph.sub %zero, %x : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
  %4 = graph.div %one, %x : (tensor<f32>, tensor<3xf32>) -> tensor<3xf32>
  %5 = graph.mul %x, %zero : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %6 = graph.add %x, %one : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %7 = graph.mul %x, %two : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
  %8 = graph.add %d, %z4 : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8
      : tensor<2x3xf32>, tensor<4xf32>, tensor<?xf32>, tensor<3xf32>,
        tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>,
        tensor<?xf32>
}
