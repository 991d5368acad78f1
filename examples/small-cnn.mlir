// A small CNN in the graph dialect, as the ONNX importer produces it:
// conv -> batchnorm -> relu -> maxpool -> conv -> relu -> global average pool
// -> flatten -> gemm -> softmax. The flatten is written the way PyTorch
// exports it (Shape -> Slice -> Concat -> Reshape), so its result dims are
// unknown until the shape computation is folded; run
//   dlc-opt examples/small-cnn.mlir --canonicalize --graph-infer-shapes
// to see it fold to constants and the `?` dims become static.
func.func @small_cnn(%image: tensor<1x3x32x32xf32>) -> tensor<1x10xf32> {
  %w1 = graph.constant dense<0.05> : tensor<16x3x3x3xf32>
  %b1 = graph.constant dense<0.0> : tensor<16xf32>
  %scale = graph.constant dense<1.0> : tensor<16xf32>
  %shift = graph.constant dense<0.1> : tensor<16xf32>
  %mean = graph.constant dense<0.0> : tensor<16xf32>
  %var = graph.constant dense<1.0> : tensor<16xf32>
  %w2 = graph.constant dense<0.02> : tensor<32x16x3x3xf32>
  %fc_w = graph.constant dense<0.01> : tensor<10x32xf32>
  %fc_b = graph.constant dense<0.0> : tensor<10xf32>

  %0 = graph.conv %image, %w1, %b1 {pads = array<i64: 1, 1, 1, 1>}
      : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x16x32x32xf32>
  %1 = graph.batch_normalization %0, %scale, %shift, %mean, %var {epsilon = 1.0e-05 : f32}
      : (tensor<1x16x32x32xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>)
      -> tensor<1x16x32x32xf32>
  %2 = graph.relu %1 : tensor<1x16x32x32xf32>
  %3 = graph.max_pool %2 {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>}
      : (tensor<1x16x32x32xf32>) -> tensor<1x16x16x16xf32>
  %4 = graph.conv %3, %w2 {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>}
      : (tensor<1x16x16x16xf32>, tensor<32x16x3x3xf32>) -> tensor<1x32x8x8xf32>
  %5 = graph.relu %4 : tensor<1x32x8x8xf32>
  %6 = graph.global_average_pool %5 : (tensor<1x32x8x8xf32>) -> tensor<1x32x1x1xf32>

  // x.view(x.size(0), -1), as exported by PyTorch.
  %shape = graph.shape %6 : (tensor<1x32x1x1xf32>) -> tensor<4xi64>
  %zero = graph.constant dense<0> : tensor<1xi64>
  %one = graph.constant dense<1> : tensor<1xi64>
  %batch = graph.slice %shape, %zero, %one
      : (tensor<4xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %minus_one = graph.constant dense<-1> : tensor<1xi64>
  %target = graph.concat %batch, %minus_one {axis = 0 : i64}
      : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %7 = graph.reshape %6, %target : (tensor<1x32x1x1xf32>, tensor<2xi64>) -> tensor<?x?xf32>

  %8 = graph.gemm %7, %fc_w, %fc_b {transB = true}
      : (tensor<?x?xf32>, tensor<10x32xf32>, tensor<10xf32>) -> tensor<?x10xf32>
  %9 = graph.softmax %8 {axis = -1 : i64} : (tensor<?x10xf32>) -> tensor<?x10xf32>
  %out = graph.identity %9 : tensor<?x10xf32>
  %cast = tensor.cast %out : tensor<?x10xf32> to tensor<1x10xf32>
  return %cast : tensor<1x10xf32>
}
