func.func @log_softmax(%x: tensor<2x3x10xf32>) -> (tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>) {
  %0 = graph.log_softmax %x : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %1 = graph.log_softmax %x {axis = 0 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %2 = graph.log_softmax %x {axis = -2 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  return %0, %1, %2 : tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>
}

func.func @log_softmax_dynamic_f64(%x: tensor<?x4xf64>) -> tensor<?x4xf64> {
  %0 = graph.log_softmax %x {axis = 1 : i64} : (tensor<?x4xf64>) -> tensor<?x4xf64>
  return %0 : tensor<?x4xf64>
}

func.func @hardmax(%x: tensor<3x4x5xf32>) -> (tensor<3x4x5xf32>, tensor<3x4x5xf32>) {
  %0 = graph.hardmax %x : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  %1 = graph.hardmax %x {axis = 1 : i64} : (tensor<3x4x5xf32>) -> tensor<3x4x5xf32>
  return %0, %1 : tensor<3x4x5xf32>, tensor<3x4x5xf32>
}

func.func @hardmax_1d_f16(%x: tensor<7xf16>) -> tensor<7xf16> {
  %0 = graph.hardmax %x {axis = 0 : i64} : (tensor<7xf16>) -> tensor<7xf16>
  return %0 : tensor<7xf16>
}
