func.func @gather_elements(%x: tensor<3x3xf32>, %i: tensor<2x3xi64>, %j: tensor<3x1xi32>) -> (tensor<2x3xf32>, tensor<3x1xf32>) {
  %0 = graph.gather_elements %x, %i : (tensor<3x3xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
  %1 = graph.gather_elements %x, %j {axis = -1 : i64} : (tensor<3x3xf32>, tensor<3x1xi32>) -> tensor<3x1xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<3x1xf32>
}

func.func @gather_nd(%x: tensor<2x2x2xf32>, %i: tensor<2x2xi64>, %j: tensor<2x1xi64>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %0 = graph.gather_nd %x, %i : (tensor<2x2x2xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  %1 = graph.gather_nd %x, %j {batch_dims = 1 : i64} : (tensor<2x2x2xf32>, tensor<2x1xi64>) -> tensor<2x2xf32>
  return %0, %1 : tensor<2x2xf32>, tensor<2x2xf32>
}

func.func @scatter_elements(%x: tensor<3x3xf32>, %i: tensor<1x2xi64>, %u: tensor<1x2xf32>) -> (tensor<3x3xf32>, tensor<3x3xf32>) {
  %0 = graph.scatter_elements %x, %i, %u : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  %1 = graph.scatter_elements %x, %i, %u {axis = 1 : i64, reduction = "mul"} : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  return %0, %1 : tensor<3x3xf32>, tensor<3x3xf32>
}

func.func @scatter_nd(%x: tensor<4x4xf32>, %i: tensor<2x1xi64>, %u: tensor<2x4xf32>) -> tensor<4x4xf32> {
  %0 = graph.scatter_nd %x, %i, %u {reduction = "add"} : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

func.func @one_hot(%i: tensor<2x3xi64>, %v: tensor<2xf32>) -> (tensor<2x3x5xf32>, tensor<5x2x3xf32>) {
  %0 = graph.one_hot %i, %v {depth = 5 : i64} : (tensor<2x3xi64>, tensor<2xf32>) -> tensor<2x3x5xf32>
  %1 = graph.one_hot %i, %v {axis = 0 : i64, depth = 5 : i64} : (tensor<2x3xi64>, tensor<2xf32>) -> tensor<5x2x3xf32>
  return %0, %1 : tensor<2x3x5xf32>, tensor<5x2x3xf32>
}

func.func @trilu(%x: tensor<2x3x4xi64>) -> (tensor<2x3x4xi64>, tensor<2x3x4xi64>) {
  %0 = graph.trilu %x : tensor<2x3x4xi64>
  %1 = graph.trilu %x {k = -1 : i64, upper = false} : tensor<2x3x4xi64>
  return %0, %1 : tensor<2x3x4xi64>, tensor<2x3x4xi64>
}
