func.func @matmul_1d_1d(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<f32> {
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

func.func @matmul_1d_2d(%a: tensor<4xf32>, %b: tensor<4x5xf32>) -> tensor<5xf32> {
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

func.func @matmul_2d_1d(%a: tensor<3x4xf32>, %b: tensor<4xf32>) -> tensor<3xf32> {
  %0 = graph.matmul %a, %b : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

func.func @matmul_2d(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %0 = graph.matmul %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @matmul_batched(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5xf32>) -> tensor<2x3x5xf32> {
  %0 = graph.matmul %a, %b : (tensor<2x3x4xf32>, tensor<2x4x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

func.func @matmul_broadcast_batch(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32> {
  %0 = graph.matmul %a, %b : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
  return %0 : tensor<2x5x3x6xf32>
}

func.func @matmul_batched_2d(%a: tensor<8x128x64xf32>, %b: tensor<64x32xf32>) -> tensor<8x128x32xf32> {
  %0 = graph.matmul %a, %b : (tensor<8x128x64xf32>, tensor<64x32xf32>) -> tensor<8x128x32xf32>
  return %0 : tensor<8x128x32xf32>
}

func.func @matmul_1d_batched(%a: tensor<4xf32>, %b: tensor<2x4x5xf32>, %c: tensor<2x3x4xf32>) -> (tensor<2x5xf32>, tensor<2x3xf32>) {
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<2x4x5xf32>) -> tensor<2x5xf32>
  %1 = graph.matmul %c, %a : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x5xf32>, tensor<2x3xf32>
}

func.func @matmul_dynamic(%a: tensor<?x3x4xf32>, %b: tensor<4x?xf32>, %c: tensor<?x5xf32>) -> (tensor<?x3x?xf32>, tensor<?x3x5xf32>) {
  %0 = graph.matmul %a, %b : (tensor<?x3x4xf32>, tensor<4x?xf32>) -> tensor<?x3x?xf32>
  %1 = graph.matmul %a, %c : (tensor<?x3x4xf32>, tensor<?x5xf32>) -> tensor<?x3x5xf32>
  return %0, %1 : tensor<?x3x?xf32>, tensor<?x3x5xf32>
}

func.func @matmul_int(%a: tensor<2x3xi32>, %b: tensor<3x4xi32>) -> tensor<2x4xi32> {
  %0 = graph.matmul %a, %b : (tensor<2x3xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  return %0 : tensor<2x4xi32>
}


func.func @gemm_no_c(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @gemm_c_2d(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b, %c : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @gemm_c_broadcast(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c1: tensor<5xf32>, %c2: tensor<1x5xf32>, %c3: tensor<3x1xf32>, %c4: tensor<f32>) -> (tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>) {
  %0 = graph.gemm %a, %b, %c1 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %1 = graph.gemm %a, %b, %c2 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<1x5xf32>) -> tensor<3x5xf32>
  %2 = graph.gemm %a, %b, %c3 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  %3 = graph.gemm %a, %b, %c4 : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<f32>) -> tensor<3x5xf32>
  return %0, %1, %2, %3 : tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>, tensor<3x5xf32>
}

func.func @gemm_trans_a(%a: tensor<4x3xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b {transA = true} : (tensor<4x3xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @gemm_trans_b(%a: tensor<1x512xf32>, %b: tensor<10x512xf32>, %c: tensor<10xf32>) -> tensor<1x10xf32> {
  %0 = graph.gemm %a, %b, %c {transB = true} : (tensor<1x512xf32>, tensor<10x512xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  return %0 : tensor<1x10xf32>
}

func.func @gemm_trans_both(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b {transA = true, transB = true} : (tensor<4x3xf32>, tensor<5x4xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @gemm_alpha_beta(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<5xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b, %c {alpha = 2.500000e-01 : f32, beta = 0.000000e+00 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @gemm_explicit_defaults(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, transA = false, transB = false} : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

func.func @gemm_dynamic(%a: tensor<?x4xf32>, %b: tensor<4x?xf32>, %c: tensor<5xf32>) -> tensor<?x5xf32> {
  %0 = graph.gemm %a, %b, %c : (tensor<?x4xf32>, tensor<4x?xf32>, tensor<5xf32>) -> tensor<?x5xf32>
  return %0 : tensor<?x5xf32>
}


func.func @conv_1d(%x: tensor<2x4x100xf32>, %w: tensor<8x4x5xf32>) -> tensor<2x8x48xf32> {
  %0 = graph.conv %x, %w {strides = array<i64: 2>} : (tensor<2x4x100xf32>, tensor<8x4x5xf32>) -> tensor<2x8x48xf32>
  return %0 : tensor<2x8x48xf32>
}

func.func @conv_2d(%x: tensor<1x3x32x32xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x16x30x30xf32> {
  %0 = graph.conv %x, %w : (tensor<1x3x32x32xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x30x30xf32>
  return %0 : tensor<1x16x30x30xf32>
}

func.func @conv_2d_bias_pads_strides(%x: tensor<1x3x224x224xf32>, %w: tensor<64x3x3x3xf32>, %b: tensor<64xf32>) -> tensor<1x64x112x112xf32> {
  %0 = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<64x3x3x3xf32>, tensor<64xf32>) -> tensor<1x64x112x112xf32>
  return %0 : tensor<1x64x112x112xf32>
}

func.func @conv_asymmetric_pads(%x: tensor<1x3x10x10xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x10x12xf32> {
  %0 = graph.conv %x, %w {pads = array<i64: 0, 1, 2, 3>} : (tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x12xf32>
  return %0 : tensor<1x4x10x12xf32>
}

func.func @conv_strides(%x: tensor<1x3x17x17xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x5xf32> {
  %0 = graph.conv %x, %w {strides = array<i64: 2, 3>} : (tensor<1x3x17x17xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x5xf32>
  return %0 : tensor<1x4x8x5xf32>
}

func.func @conv_dilations(%x: tensor<1x2x16x16xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x4x12x10xf32> {
  %0 = graph.conv %x, %w {dilations = array<i64: 2, 3>} : (tensor<1x2x16x16xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x12x10xf32>
  return %0 : tensor<1x4x12x10xf32>
}

func.func @conv_kernel_shape(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32> {
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 3, 3>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return %0 : tensor<1x4x6x6xf32>
}

func.func @conv_kernel_shape_dynamic_w(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x?x?xf32>) -> tensor<1x4x6x4xf32> {
  %0 = graph.conv %x, %w {kernel_shape = array<i64: 3, 5>} : (tensor<1x3x8x8xf32>, tensor<4x3x?x?xf32>) -> tensor<1x4x6x4xf32>
  return %0 : tensor<1x4x6x4xf32>
}

func.func @conv_3d(%x: tensor<1x2x16x16x16xf32>, %w: tensor<4x2x3x3x3xf32>) -> tensor<1x4x14x12x7xf32> {
  %0 = graph.conv %x, %w {dilations = array<i64: 1, 2, 1>, strides = array<i64: 1, 1, 2>} : (tensor<1x2x16x16x16xf32>, tensor<4x2x3x3x3xf32>) -> tensor<1x4x14x12x7xf32>
  return %0 : tensor<1x4x14x12x7xf32>
}

func.func @conv_grouped(%x: tensor<1x8x10x10xf32>, %w: tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32> {
  %0 = graph.conv %x, %w {group = 2 : i64} : (tensor<1x8x10x10xf32>, tensor<12x4x3x3xf32>) -> tensor<1x12x8x8xf32>
  return %0 : tensor<1x12x8x8xf32>
}

func.func @conv_depthwise(%x: tensor<1x32x112x112xf32>, %w: tensor<32x1x3x3xf32>, %b: tensor<32xf32>) -> tensor<1x32x112x112xf32> {
  %0 = graph.conv %x, %w, %b {group = 32 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x32x112x112xf32>, tensor<32x1x3x3xf32>, tensor<32xf32>) -> tensor<1x32x112x112xf32>
  return %0 : tensor<1x32x112x112xf32>
}

func.func @conv_depthwise_multiplier(%x: tensor<1x8x8x8xf32>, %w: tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32> {
  %0 = graph.conv %x, %w {group = 8 : i64} : (tensor<1x8x8x8xf32>, tensor<16x1x3x3xf32>) -> tensor<1x16x6x6xf32>
  return %0 : tensor<1x16x6x6xf32>
}

func.func @conv_auto_pad_notset(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32> {
  %0 = graph.conv %x, %w {auto_pad = "NOTSET", pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return %0 : tensor<1x4x8x8xf32>
}

func.func @conv_auto_pad_same_upper(%x: tensor<1x3x7x7xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32> {
  %0 = graph.conv %x, %w {auto_pad = "SAME_UPPER", strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

func.func @conv_auto_pad_same_lower(%x: tensor<1x3x8x9xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32> {
  %0 = graph.conv %x, %w {auto_pad = "SAME_LOWER", strides = array<i64: 2, 3>} : (tensor<1x3x8x9xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}

func.func @conv_auto_pad_same_dilated(%x: tensor<1x3x10x10xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x10x10xf32> {
  %0 = graph.conv %x, %w {auto_pad = "SAME_UPPER", dilations = array<i64: 2, 2>} : (tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x10x10xf32>
  return %0 : tensor<1x4x10x10xf32>
}

func.func @conv_auto_pad_valid(%x: tensor<1x3x7x8xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %0 = graph.conv %x, %w {auto_pad = "VALID", strides = array<i64: 2, 2>} : (tensor<1x3x7x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

func.func @conv_dynamic_batch(%x: tensor<?x3x32x32xf32>, %w: tensor<8x3x5x5xf32>, %b: tensor<8xf32>) -> tensor<?x8x28x28xf32> {
  %0 = graph.conv %x, %w, %b : (tensor<?x3x32x32xf32>, tensor<8x3x5x5xf32>, tensor<8xf32>) -> tensor<?x8x28x28xf32>
  return %0 : tensor<?x8x28x28xf32>
}

func.func @conv_dynamic_spatial(%x: tensor<1x3x?x32xf32>, %w: tensor<8x3x5x5xf32>) -> tensor<1x8x?x28xf32> {
  %0 = graph.conv %x, %w : (tensor<1x3x?x32xf32>, tensor<8x3x5x5xf32>) -> tensor<1x8x?x28xf32>
  return %0 : tensor<1x8x?x28xf32>
}

func.func @conv_dynamic_m(%x: tensor<1x3x8x8xf32>, %w: tensor<?x3x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x?x6x6xf32> {
  %0 = graph.conv %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<?x3x3x3xf32>, tensor<8xf32>) -> tensor<1x?x6x6xf32>
  return %0 : tensor<1x?x6x6xf32>
}

func.func @conv_refined_result(%x: tensor<?x3x32x32xf32>, %w: tensor<8x3x5x5xf32>) -> tensor<1x8x28x28xf32> {
  %0 = graph.conv %x, %w : (tensor<?x3x32x32xf32>, tensor<8x3x5x5xf32>) -> tensor<1x8x28x28xf32>
  return %0 : tensor<1x8x28x28xf32>
}

func.func @conv_f16(%x: tensor<1x4x8x8xf16>, %w: tensor<4x4x1x1xf16>) -> tensor<1x4x8x8xf16> {
  %0 = graph.conv %x, %w : (tensor<1x4x8x8xf16>, tensor<4x4x1x1xf16>) -> tensor<1x4x8x8xf16>
  return %0 : tensor<1x4x8x8xf16>
}

func.func @conv_all_attrs(%x: tensor<2x4x9x9xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<2x6x5x2xf32> {
  %0 = graph.conv %x, %w, %b {auto_pad = "NOTSET", dilations = array<i64: 2, 2>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 2, 1, 2, 0>, strides = array<i64: 2, 3>} : (tensor<2x4x9x9xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<2x6x5x2xf32>
  return %0 : tensor<2x6x5x2xf32>
}


func.func @conv_transpose_default(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32> {
  %0 = graph.conv_transpose %x, %w : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x7x7xf32>
  return %0 : tensor<1x2x7x7xf32>
}

func.func @conv_transpose_strides(%x: tensor<1x16x8x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32> {
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32>
  return %0 : tensor<1x8x16x16xf32>
}

func.func @conv_transpose_pads_output_padding_group(%x: tensor<1x16x8x8xf32>, %w: tensor<16x4x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x8x16x15xf32> {
  %0 = graph.conv_transpose %x, %w, %b {group = 2 : i64, output_padding = array<i64: 1, 0>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x16x15xf32>
  return %0 : tensor<1x8x16x15xf32>
}

func.func @conv_transpose_asymmetric_pads(%x: tensor<1x16x8x8xf32>, %w: tensor<16x4x3x3xf32>) -> tensor<1x4x16x15xf32> {
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 0, 2, 1, 0>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x16x15xf32>
  return %0 : tensor<1x4x16x15xf32>
}

func.func @conv_transpose_output_shape(%x: tensor<1x16x8x8xf32>, %w: tensor<16x4x3x3xf32>) -> (tensor<1x4x15x15xf32>, tensor<1x4x16x17xf32>) {
  %0 = graph.conv_transpose %x, %w {output_shape = array<i64: 15, 15>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x15x15xf32>
  %1 = graph.conv_transpose %x, %w {auto_pad = "SAME_UPPER", output_shape = array<i64: 1, 4, 16, 17>, strides = array<i64: 2, 2>} : (tensor<1x16x8x8xf32>, tensor<16x4x3x3xf32>) -> tensor<1x4x16x17xf32>
  return %0, %1 : tensor<1x4x15x15xf32>, tensor<1x4x16x17xf32>
}

func.func @conv_transpose_same_upper(%x: tensor<1x4x5x6xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x3x10x18xf32> {
  %0 = graph.conv_transpose %x, %w {auto_pad = "SAME_UPPER", strides = array<i64: 2, 3>} : (tensor<1x4x5x6xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x10x18xf32>
  return %0 : tensor<1x3x10x18xf32>
}

func.func @conv_transpose_same_lower(%x: tensor<1x4x5x5xf32>, %w: tensor<4x3x2x2xf32>) -> tensor<1x3x10x10xf32> {
  %0 = graph.conv_transpose %x, %w {auto_pad = "SAME_LOWER", strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x3x2x2xf32>) -> tensor<1x3x10x10xf32>
  return %0 : tensor<1x3x10x10xf32>
}

func.func @conv_transpose_valid(%x: tensor<1x4x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x3x12x11xf32> {
  %0 = graph.conv_transpose %x, %w {auto_pad = "VALID", output_padding = array<i64: 1, 0>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x3x12x11xf32>
  return %0 : tensor<1x3x12x11xf32>
}

func.func @conv_transpose_dilations(%x: tensor<1x4x5x5xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<1x2x9x9xf32> {
  %0 = graph.conv_transpose %x, %w {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 3, 3>} : (tensor<1x4x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x2x9x9xf32>
  return %0 : tensor<1x2x9x9xf32>
}

func.func @conv_transpose_1d(%x: tensor<1x4x10xf32>, %w: tensor<4x2x4xf32>) -> tensor<1x2x20xf32> {
  %0 = graph.conv_transpose %x, %w {pads = array<i64: 1, 1>, strides = array<i64: 2>} : (tensor<1x4x10xf32>, tensor<4x2x4xf32>) -> tensor<1x2x20xf32>
  return %0 : tensor<1x2x20xf32>
}

func.func @conv_transpose_3d(%x: tensor<1x2x4x4x4xf32>, %w: tensor<2x3x2x2x2xf32>, %b: tensor<3xf32>) -> tensor<1x3x8x8x8xf32> {
  %0 = graph.conv_transpose %x, %w, %b {strides = array<i64: 2, 2, 2>} : (tensor<1x2x4x4x4xf32>, tensor<2x3x2x2x2xf32>, tensor<3xf32>) -> tensor<1x3x8x8x8xf32>
  return %0 : tensor<1x3x8x8x8xf32>
}

func.func @conv_transpose_dynamic(%x: tensor<?x16x?x8xf32>, %w: tensor<16x8x2x2xf32>) -> tensor<?x8x?x16xf32> {
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>} : (tensor<?x16x?x8xf32>, tensor<16x8x2x2xf32>) -> tensor<?x8x?x16xf32>
  return %0 : tensor<?x8x?x16xf32>
}


func.func @max_pool_resnet(%x: tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

func.func @max_pool_default_strides(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x7x7xf32>
  return %0 : tensor<1x3x7x7xf32>
}

func.func @max_pool_ceil_mode(%x: tensor<1x3x6x6xf32>) -> (tensor<1x3x2x2xf32>, tensor<1x3x3x3xf32>) {
  %0 = graph.max_pool %x {ceil_mode = false, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x2x2xf32>
  %1 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x6x6xf32>) -> tensor<1x3x3x3xf32>
  return %0, %1 : tensor<1x3x2x2xf32>, tensor<1x3x3x3xf32>
}

func.func @max_pool_ceil_mode_drop(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  %0 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

func.func @max_pool_dilations(%x: tensor<1x3x10x10xf32>) -> tensor<1x3x6x6xf32> {
  %0 = graph.max_pool %x {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 3, 3>} : (tensor<1x3x10x10xf32>) -> tensor<1x3x6x6xf32>
  return %0 : tensor<1x3x6x6xf32>
}

func.func @max_pool_auto_pad(%x: tensor<1x3x7x7xf32>, %y: tensor<1x3x8x7xf32>) -> (tensor<1x3x3x3xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x3x3xf32>) {
  %0 = graph.max_pool %x {auto_pad = "NOTSET", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  %1 = graph.max_pool %x {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x4x4xf32>
  %2 = graph.max_pool %y {auto_pad = "SAME_LOWER", kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x7xf32>) -> tensor<1x3x4x4xf32>
  %3 = graph.max_pool %x {auto_pad = "VALID", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x7x7xf32>) -> tensor<1x3x3x3xf32>
  return %0, %1, %2, %3 : tensor<1x3x3x3xf32>, tensor<1x3x4x4xf32>, tensor<1x3x4x4xf32>, tensor<1x3x3x3xf32>
}

func.func @max_pool_1d_3d(%x: tensor<1x4x10xf32>, %y: tensor<1x2x8x8x8xf32>) -> (tensor<1x4x4xf32>, tensor<1x2x4x4x4xf32>) {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3>, strides = array<i64: 2>} : (tensor<1x4x10xf32>) -> tensor<1x4x4xf32>
  %1 = graph.max_pool %y {kernel_shape = array<i64: 2, 2, 2>, strides = array<i64: 2, 2, 2>} : (tensor<1x2x8x8x8xf32>) -> tensor<1x2x4x4x4xf32>
  return %0, %1 : tensor<1x4x4xf32>, tensor<1x2x4x4x4xf32>
}

func.func @max_pool_dynamic(%x: tensor<?x3x?x8xf32>) -> tensor<?x3x?x4xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<?x3x?x8xf32>) -> tensor<?x3x?x4xf32>
  return %0 : tensor<?x3x?x4xf32>
}

func.func @average_pool(%x: tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32> {
  %0 = graph.average_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32>
  return %0 : tensor<1x8x2x2xf32>
}

func.func @average_pool_count_include_pad(%x: tensor<1x8x5x5xf32>) -> (tensor<1x8x5x5xf32>, tensor<1x8x5x5xf32>) {
  %0 = graph.average_pool %x {count_include_pad = true, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  %1 = graph.average_pool %x {count_include_pad = false, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x5x5xf32>
  return %0, %1 : tensor<1x8x5x5xf32>, tensor<1x8x5x5xf32>
}

func.func @average_pool_ceil_mode(%x: tensor<1x8x5x5xf32>) -> tensor<1x8x3x3xf32> {
  %0 = graph.average_pool %x {ceil_mode = true, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x5x5xf32>) -> tensor<1x8x3x3xf32>
  return %0 : tensor<1x8x3x3xf32>
}

func.func @average_pool_dilations(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32> {
  %0 = graph.average_pool %x {dilations = array<i64: 3, 3>, kernel_shape = array<i64: 2, 2>} : (tensor<1x8x7x7xf32>) -> tensor<1x8x4x4xf32>
  return %0 : tensor<1x8x4x4xf32>
}

func.func @average_pool_auto_pad(%x: tensor<1x8x9x9xf32>) -> (tensor<1x8x5x3xf32>, tensor<1x8x5x3xf32>, tensor<1x8x4x3xf32>) {
  %0 = graph.average_pool %x {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x3xf32>
  %1 = graph.average_pool %x {auto_pad = "SAME_LOWER", count_include_pad = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x5x3xf32>
  %2 = graph.average_pool %x {auto_pad = "VALID", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 3>} : (tensor<1x8x9x9xf32>) -> tensor<1x8x4x3xf32>
  return %0, %1, %2 : tensor<1x8x5x3xf32>, tensor<1x8x5x3xf32>, tensor<1x8x4x3xf32>
}


func.func @global_average_pool(%x: tensor<1x512x7x7xf32>, %y: tensor<2x4x3x5x6xf32>, %z: tensor<1x4x10xf32>) -> (tensor<1x512x1x1xf32>, tensor<2x4x1x1x1xf32>, tensor<1x4x1xf32>) {
  %0 = graph.global_average_pool %x : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
  %1 = graph.global_average_pool %y : (tensor<2x4x3x5x6xf32>) -> tensor<2x4x1x1x1xf32>
  %2 = graph.global_average_pool %z : (tensor<1x4x10xf32>) -> tensor<1x4x1xf32>
  return %0, %1, %2 : tensor<1x512x1x1xf32>, tensor<2x4x1x1x1xf32>, tensor<1x4x1xf32>
}

func.func @global_max_pool(%x: tensor<1x512x7x7xf32>, %y: tensor<?x16x?x?xf16>) -> (tensor<1x512x1x1xf32>, tensor<?x16x1x1xf16>) {
  %0 = graph.global_max_pool %x : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
  %1 = graph.global_max_pool %y : (tensor<?x16x?x?xf16>) -> tensor<?x16x1x1xf16>
  return %0, %1 : tensor<1x512x1x1xf32>, tensor<?x16x1x1xf16>
}

func.func @global_average_pool_dynamic(%x: tensor<?x16x?x?xf32>) -> tensor<?x16x1x1xf32> {
  %0 = graph.global_average_pool %x : (tensor<?x16x?x?xf32>) -> tensor<?x16x1x1xf32>
  return %0 : tensor<?x16x1x1xf32>
}


func.func @batch_normalization(%x: tensor<1x64x56x56xf32>, %s: tensor<64xf32>, %b: tensor<64xf32>, %m: tensor<64xf32>, %v: tensor<64xf32>) -> tensor<1x64x56x56xf32> {
  %0 = graph.batch_normalization %x, %s, %b, %m, %v : (tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x56x56xf32>
  return %0 : tensor<1x64x56x56xf32>
}

func.func @batch_normalization_attrs(%x: tensor<8x16xf32>, %s: tensor<16xf32>, %b: tensor<16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>) -> tensor<8x16xf32> {
  %0 = graph.batch_normalization %x, %s, %b, %m, %v {epsilon = 1.000000e-03 : f32, momentum = 9.900000e-01 : f32} : (tensor<8x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

func.func @batch_normalization_dynamic(%x: tensor<?x?x4x4xf16>, %s: tensor<8xf16>, %b: tensor<?xf16>, %m: tensor<8xf16>, %v: tensor<8xf16>) -> tensor<?x?x4x4xf16> {
  %0 = graph.batch_normalization %x, %s, %b, %m, %v : (tensor<?x?x4x4xf16>, tensor<8xf16>, tensor<?xf16>, tensor<8xf16>, tensor<8xf16>) -> tensor<?x?x4x4xf16>
  return %0 : tensor<?x?x4x4xf16>
}


func.func @layer_normalization(%x: tensor<1x128x768xf32>, %g: tensor<768xf32>, %b: tensor<768xf32>) -> tensor<1x128x768xf32> {
  %0 = graph.layer_normalization %x, %g, %b {epsilon = 9.99999996E-13 : f32} : (tensor<1x128x768xf32>, tensor<768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

func.func @layer_normalization_no_bias(%x: tensor<1x128x768xf32>, %g: tensor<768xf32>) -> tensor<1x128x768xf32> {
  %0 = graph.layer_normalization %x, %g {axis = 2 : i64} : (tensor<1x128x768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

func.func @layer_normalization_axis1(%x: tensor<1x128x768xf32>, %g: tensor<128x768xf32>, %b: tensor<768xf32>) -> tensor<1x128x768xf32> {
  %0 = graph.layer_normalization %x, %g, %b {axis = 1 : i64} : (tensor<1x128x768xf32>, tensor<128x768xf32>, tensor<768xf32>) -> tensor<1x128x768xf32>
  return %0 : tensor<1x128x768xf32>
}

func.func @layer_normalization_axes(%x: tensor<2x4x8xf32>, %g1: tensor<1x8xf32>, %g0: tensor<2x4x8xf32>, %b0: tensor<f32>) -> (tensor<2x4x8xf32>, tensor<2x4x8xf32>) {
  %0 = graph.layer_normalization %x, %g1 {axis = -2 : i64} : (tensor<2x4x8xf32>, tensor<1x8xf32>) -> tensor<2x4x8xf32>
  %1 = graph.layer_normalization %x, %g0, %b0 {axis = 0 : i64} : (tensor<2x4x8xf32>, tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
  return %0, %1 : tensor<2x4x8xf32>, tensor<2x4x8xf32>
}

func.func @layer_normalization_dynamic(%x: tensor<?x?x768xf16>, %g: tensor<768xf16>) -> tensor<?x?x768xf16> {
  %0 = graph.layer_normalization %x, %g : (tensor<?x?x768xf16>, tensor<768xf16>) -> tensor<?x?x768xf16>
  return %0 : tensor<?x?x768xf16>
}


func.func @softmax(%x: tensor<2x3x10xf32>) -> (tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>) {
  %0 = graph.softmax %x : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %1 = graph.softmax %x {axis = -1 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %2 = graph.softmax %x {axis = 0 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %3 = graph.softmax %x {axis = 1 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  %4 = graph.softmax %x {axis = -3 : i64} : (tensor<2x3x10xf32>) -> tensor<2x3x10xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>, tensor<2x3x10xf32>
}

func.func @softmax_1d_dynamic(%x: tensor<?xf16>) -> tensor<?xf16> {
  %0 = graph.softmax %x {axis = 0 : i64} : (tensor<?xf16>) -> tensor<?xf16>
  return %0 : tensor<?xf16>
}


func.func @reduce_sum_keepdims(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x4xf32>) {
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %1 = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %2 = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  return %0, %1, %2 : tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x4xf32>
}

func.func @reduce_mean_all(%x: tensor<2x3x4xf32>) -> (tensor<1x1x1xf32>, tensor<f32>, tensor<1x1x1xf32>) {
  %0 = graph.reduce_mean %x : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %1 = graph.reduce_mean %x {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  %2 = graph.reduce_mean %x {axes = array<i64>} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0, %1, %2 : tensor<1x1x1xf32>, tensor<f32>, tensor<1x1x1xf32>
}

func.func @reduce_max_negative_axes(%x: tensor<2x3x4xf32>) -> (tensor<2x3xf32>, tensor<3xf32>, tensor<1x3x1xf32>) {
  %0 = graph.reduce_max %x {axes = array<i64: -1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2x3xf32>
  %1 = graph.reduce_max %x {axes = array<i64: -3, -1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %2 = graph.reduce_max %x {axes = array<i64: 2, -3>} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<3xf32>, tensor<1x3x1xf32>
}

func.func @reduce_min_axes(%x: tensor<2x3x4xf32>) -> (tensor<1x3x1xf32>, tensor<3xf32>) {
  %0 = graph.reduce_min %x {axes = array<i64: 0, 2>} : (tensor<2x3x4xf32>) -> tensor<1x3x1xf32>
  %1 = graph.reduce_min %x {axes = array<i64: 0, 2>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  return %0, %1 : tensor<1x3x1xf32>, tensor<3xf32>
}

func.func @reduce_noop_with_empty_axes(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>, tensor<1x1x1xf32>) {
  %0 = graph.reduce_sum %x {noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = graph.reduce_mean %x {axes = array<i64>, keepdims = false, noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %2 = graph.reduce_max %x {axes = array<i64: 1>, noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %3 = graph.reduce_min %x {noop_with_empty_axes = false} : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  return %0, %1, %2, %3 : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>, tensor<1x1x1xf32>
}

func.func @reduce_dynamic(%x: tensor<?x3x?xf32>) -> (tensor<1x3x?xf32>, tensor<?x1x?xf32>, tensor<?xf32>) {
  %0 = graph.reduce_sum %x {axes = array<i64: 0>} : (tensor<?x3x?xf32>) -> tensor<1x3x?xf32>
  %1 = graph.reduce_mean %x {axes = array<i64: 1>} : (tensor<?x3x?xf32>) -> tensor<?x1x?xf32>
  %2 = graph.reduce_max %x {axes = array<i64: 0, 1>, keepdims = false} : (tensor<?x3x?xf32>) -> tensor<?xf32>
  return %0, %1, %2 : tensor<1x3x?xf32>, tensor<?x1x?xf32>, tensor<?xf32>
}

func.func @reduce_int_and_scalar(%x: tensor<4x5xi32>, %y: tensor<4x5xi64>, %s: tensor<f32>) -> (tensor<4x1xi32>, tensor<5xi64>, tensor<f32>) {
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<4x5xi32>) -> tensor<4x1xi32>
  %1 = graph.reduce_min %y {axes = array<i64: 0>, keepdims = false} : (tensor<4x5xi64>) -> tensor<5xi64>
  %2 = graph.reduce_sum %s : (tensor<f32>) -> tensor<f32>
  return %0, %1, %2 : tensor<4x1xi32>, tensor<5xi64>, tensor<f32>
}
