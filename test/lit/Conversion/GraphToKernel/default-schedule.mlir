// RUN: dlc-opt %s --convert-graph-to-kernel -split-input-file | FileCheck %s

// The default schedule of a float32 contraction is a register-tiled
// micro-kernel (vector = 16: 512-bit vectors along the output's last dim).
// Loops are numbered m = 0, n = 1, k = 2. The register tile (the last
// level) is 8 rows of m by 32 lanes of n (two vectors), the reduction whole
// inside it; the order puts n's loop outside m's, so the 32 columns of b the
// micro-kernel reads stay in L1 while the rows pass; m runs across threads.
// A small matmul needs no cache blocking.
// CHECK-LABEL: func.func @small_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[8, 32, 0]], order = [1, 2, 0], vector = 16, parallel = [0]>
func.func @small_matmul(%a: tensor<64x32xf32>, %b: tensor<32x48xf32>) -> tensor<64x48xf32> {
  %0 = graph.matmul %a, %b : (tensor<64x32xf32>, tensor<32x48xf32>) -> tensor<64x48xf32>
  return %0 : tensor<64x48xf32>
}

// -----

// A large one is blocked for the caches first: n by 512, k by 256, m by
// 128 (the blocks of m run across threads).
// CHECK-LABEL: func.func @large_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[128, 512, 256], [8, 32, 0]], order = [1, 2, 0], vector = 16, parallel = [0]>
func.func @large_matmul(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %0 = graph.matmul %a, %b : (tensor<1024x1024xf32>, tensor<1024x1024xf32>) -> tensor<1024x1024xf32>
  return %0 : tensor<1024x1024xf32>
}

// -----

// The blocks of m come in an even number, whole register tiles each, so
// that two threads get equal shares: 384 rows are four blocks of 96, not
// three of 128.
// CHECK-LABEL: func.func @uneven_rows_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[96, 512, 0], [8, 32, 0]], order = [1, 2, 0], vector = 16, parallel = [0]>
func.func @uneven_rows_matmul(%a: tensor<384x64xf32>, %b: tensor<64x1024xf32>) -> tensor<384x1024xf32> {
  %0 = graph.matmul %a, %b : (tensor<384x64xf32>, tensor<64x1024xf32>) -> tensor<384x1024xf32>
  return %0 : tensor<384x1024xf32>
}

// -----

// Few rows (32 < 256) and a wide output: the lanes are split across threads
// at the outermost loop, in an even number of blocks (1000 columns: 2 of
// 512), so each thread streams its own half of b.
// CHECK-LABEL: func.func @few_rows_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[0, 512, 256], [8, 32, 0]], order = [1, 2, 0], vector = 16, parallel = [1]>
func.func @few_rows_matmul(%a: tensor<32x1024xf32>, %b: tensor<1024x1000xf32>) -> tensor<32x1000xf32> {
  %0 = graph.matmul %a, %b : (tensor<32x1024xf32>, tensor<1024x1000xf32>) -> tensor<32x1000xf32>
  return %0 : tensor<32x1000xf32>
}

// -----

// The lane blocks are whole vectors, as equal as that allows: 196 columns
// (a 14x14 layer's positions) are 112 + 84, not 128 + 68.
// CHECK-LABEL: func.func @uneven_lanes_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[0, 112, 256], [8, 32, 0]], order = [1, 2, 0], vector = 16, parallel = [1]>
func.func @uneven_lanes_matmul(%a: tensor<64x576xf32>, %b: tensor<576x196xf32>) -> tensor<64x196xf32> {
  %0 = graph.matmul %a, %b : (tensor<64x576xf32>, tensor<576x196xf32>) -> tensor<64x196xf32>
  return %0 : tensor<64x196xf32>
}

// -----

// Short lanes (49 columns: a 7x7 layer's positions, at most four vectors)
// keep the whole reduction of 960 in one block, so that the row blocks
// across threads are the outermost loop, started once.
// CHECK-LABEL: func.func @short_lanes_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[80, 0, 0], [8, 32, 0]], order = [1, 2, 0], vector = 16, parallel = [0]>
func.func @short_lanes_matmul(%a: tensor<320x960xf32>, %b: tensor<960x49xf32>) -> tensor<320x49xf32> {
  %0 = graph.matmul %a, %b : (tensor<320x960xf32>, tensor<960x49xf32>) -> tensor<320x49xf32>
  return %0 : tensor<320x49xf32>
}

// -----

// A vector-matrix product has no block rows: eight vectors (128 lanes) per
// block, for as many independent FMA chains; 768 columns make 2 blocks of
// 384 across threads.
// CHECK-LABEL: func.func @gemv
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[384, 256], [128, 0]], order = [0, 1], vector = 16, parallel = [0]>
func.func @gemv(%a: tensor<512xf32>, %b: tensor<512x768xf32>) -> tensor<768xf32> {
  %0 = graph.matmul %a, %b : (tensor<512xf32>, tensor<512x768xf32>) -> tensor<768xf32>
  return %0 : tensor<768xf32>
}

// -----

// A narrow output (n = 10 < 16 lanes) takes one masked vector and more rows.
// CHECK-LABEL: func.func @narrow_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[12, 10, 0]], order = [1, 2, 0], vector = 16, parallel = [0]>
func.func @narrow_matmul(%a: tensor<32x64xf32>, %b: tensor<64x10xf32>) -> tensor<32x10xf32> {
  %0 = graph.matmul %a, %b : (tensor<32x64xf32>, tensor<64x10xf32>) -> tensor<32x10xf32>
  return %0 : tensor<32x10xf32>
}

// -----

// A conv's loops are (n, f, oh, ow, c, kh, kw). The lanes run along ow; the
// register tile holds 4 output channels (each input vector feeds all four)
// by 4 output rows (each weight feeds all four), one vector of 14 lanes
// each; the output channels run across threads.
// CHECK-LABEL: func.func @conv
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 4, 4, 14, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16, parallel = [1]>
func.func @conv(%x: tensor<1x8x16x16xf32>, %w: tensor<16x8x3x3xf32>) -> tensor<1x16x14x14xf32> {
  %0 = graph.conv %x, %w : (tensor<1x8x16x16xf32>, tensor<16x8x3x3xf32>) -> tensor<1x16x14x14xf32>
  return %0 : tensor<1x16x14x14xf32>
}

// -----

// A kernel along an image's rows that streams more than 4 MiB (here a 1x1
// conv writing 96 planes of 112x112, 4.8 MB; then a stride-2 depthwise conv
// reading them) sweeps its output in memory order: the parallel loops in
// order, then the reductions (the window's column offset still outside its
// row offset). Smaller ones (@conv, @depthwise) keep the strips of columns.
// CHECK-LABEL: func.func @streaming
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 4, 2, 32, 0, 0, 0]], order = [0, 1, 2, 3, 4, 5, 6], vector = 16, parallel = [1]>
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 32, 0, 0, 0]], order = [0, 1, 2, 3, 6, 5, 4], vector = 16, parallel = [1]>
func.func @streaming(%x: tensor<1x16x112x112xf32>, %w: tensor<96x16x1x1xf32>, %dw: tensor<96x1x3x3xf32>) -> tensor<1x96x56x56xf32> {
  %0 = graph.conv %x, %w : (tensor<1x16x112x112xf32>, tensor<96x16x1x1xf32>) -> tensor<1x96x112x112xf32>
  %1 = graph.conv %0, %dw {group = 96 : i64, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x96x112x112xf32>, tensor<96x1x3x3xf32>) -> tensor<1x96x56x56xf32>
  return %1 : tensor<1x96x56x56xf32>
}

// -----

// A window's reduction (no sum over channels: a depthwise conv, its
// channel loop c of one step, and a pooling) runs the column offset kw
// outermost, then kh: where the micro-kernel reads the input around its
// padding, its row masks then change once per column offset.
// CHECK-LABEL: func.func @depthwise
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 20, 0, 0, 0]], order = [3, 6, 5, 4, 0, 1, 2], vector = 16, parallel = [1]>
func.func @depthwise(%x: tensor<1x8x20x20xf32>, %w: tensor<8x1x3x3xf32>) -> tensor<1x8x20x20xf32> {
  %0 = graph.conv %x, %w {group = 8 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x20x20xf32>, tensor<8x1x3x3xf32>) -> tensor<1x8x20x20xf32>
  return %0 : tensor<1x8x20x20xf32>
}
// CHECK-LABEL: func.func @max_pool
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 32, 0, 0]], order = [3, 5, 4, 0, 1, 2], vector = 16, parallel = [1]>
func.func @max_pool(%x: tensor<1x8x20x40xf32>) -> tensor<1x8x18x38xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>} : (tensor<1x8x20x40xf32>) -> tensor<1x8x18x38xf32>
  return %0 : tensor<1x8x18x38xf32>
}

// -----

// Integer contractions keep the scalar schedule: the reduction loop goes
// inside the parallel loops but outside the loop along the output row.
// CHECK-LABEL: func.func @int_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<order = [0, 2, 1], parallel = [0]>
func.func @int_matmul(%a: tensor<64x32xi32>, %b: tensor<32x48xi32>) -> tensor<64x48xi32> {
  %0 = graph.matmul %a, %b : (tensor<64x32xi32>, tensor<32x48xi32>) -> tensor<64x48xi32>
  return %0 : tensor<64x48xi32>
}

// -----

// Elementwise kernels keep their natural order. One of fewer than 16384
// iterations (32 here) runs on one thread; a larger one runs its outermost
// loop across threads. So does a matmul: 8 x 16 x 64 = 8192 steps stay on
// one thread, 8 x 16 x 128 do not.
// CHECK-LABEL: func.func @relu
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<>
// CHECK-LABEL: func.func @large_relu
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<parallel = [0]>
// CHECK-LABEL: func.func @small_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[8, 16, 0]], order = [1, 2, 0], vector = 16>
// CHECK-LABEL: func.func @threaded_matmul
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[8, 16, 0]], order = [1, 2, 0], vector = 16, parallel = [0]>
func.func @relu(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %0 = graph.relu %x : tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

func.func @large_relu(%x: tensor<128x128xf32>) -> tensor<128x128xf32> {
  %0 = graph.relu %x : tensor<128x128xf32>
  return %0 : tensor<128x128xf32>
}

func.func @small_matmul(%a: tensor<8x64xf32>, %b: tensor<64x16xf32>) -> tensor<8x16xf32> {
  %0 = graph.matmul %a, %b : (tensor<8x64xf32>, tensor<64x16xf32>) -> tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

func.func @threaded_matmul(%a: tensor<8x128xf32>, %b: tensor<128x16xf32>) -> tensor<8x16xf32> {
  %0 = graph.matmul %a, %b : (tensor<8x128xf32>, tensor<128x16xf32>) -> tensor<8x16xf32>
  return %0 : tensor<8x16xf32>
}

// -----

// A sum over a tensor's first dim streams its rows into the output row: the
// reduction loop is outside the output's loop, so running that loop across
// threads would start them once per row. It stays on one thread (a sum
// over the last dim keeps its rows across threads).
// CHECK-LABEL: func.func @column_sum
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<>
// CHECK-LABEL: func.func @row_sum
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<parallel = [0]>
func.func @column_sum(%x: tensor<1024x256xf32>) -> tensor<1x256xf32> {
  %0 = graph.reduce_sum %x {axes = array<i64: 0>, keepdims = true} : (tensor<1024x256xf32>) -> tensor<1x256xf32>
  return %0 : tensor<1x256xf32>
}

func.func @row_sum(%x: tensor<1024x256xf32>) -> tensor<1024x1xf32> {
  %0 = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = true} : (tensor<1024x256xf32>) -> tensor<1024x1xf32>
  return %0 : tensor<1024x1xf32>
}

// -----

// A 3x3 conv with 64 output channels (four vectors) and a constant filter
// takes the channel-lane form even with 28-wide rows (loops n, oh, ow, f,
// c, kh, kw; a channels-last temporary transposed back). Its register
// tile's rows run along the output columns, 4 of them (28 is a multiple of
// 4) by 64 channels, one output row per block, so that one broadcast of
// the input feeds four FMAs; the output rows run across threads.
// CHECK-LABEL: func.func @conv_channel_lanes_columns
//       CHECK:   kernel.fused ins(%{{.*}}, %{{.*}} : tensor<1x16x28x28xf32>, tensor<16x3x3x64xf32>) {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 64, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16, parallel = [1]>
//       CHECK:     kernel.generic {{.*}} outs(%{{.*}} : tensor<1x28x28x64xf32>)
func.func @conv_channel_lanes_columns(%x: tensor<1x16x28x28xf32>) -> tensor<1x64x28x28xf32> {
  %w = graph.constant dense<1.0> : tensor<64x16x3x3xf32>
  %0 = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x16x28x28xf32>, tensor<64x16x3x3xf32>) -> tensor<1x64x28x28xf32>
  return %0 : tensor<1x64x28x28xf32>
}

// -----

// The same with a 7x7 stride-2 window (ResNet's stem): 112 columns, blocks
// of 4; the strided input is broadcast, not loaded along lanes.
// CHECK-LABEL: func.func @conv_channel_lanes_stride2
//       CHECK:   kernel.fused ins(%{{.*}}, %{{.*}} : tensor<1x3x224x224xf32>, tensor<3x7x7x64xf32>) {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 64, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16, parallel = [1]>
func.func @conv_channel_lanes_stride2(%x: tensor<1x3x224x224xf32>) -> tensor<1x64x112x112xf32> {
  %w = graph.constant dense<1.0> : tensor<64x3x7x7xf32>
  %0 = graph.conv %x, %w {pads = array<i64: 3, 3, 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>) -> tensor<1x64x112x112xf32>
  return %0 : tensor<1x64x112x112xf32>
}

// -----

// 14-wide rows (not a multiple of 4) keep 7 output rows of two
// vectors; 64 channels in two blocks of 32 run across threads.
// CHECK-LABEL: func.func @conv_channel_lanes_short_rows
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[0, 0, 0, 32, 0, 0, 0], [1, 7, 1, 32, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16, parallel = [3]>
func.func @conv_channel_lanes_short_rows(%x: tensor<1x16x14x14xf32>) -> tensor<1x64x14x14xf32> {
  %w = graph.constant dense<1.0> : tensor<64x16x3x3xf32>
  %0 = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x16x14x14xf32>, tensor<64x16x3x3xf32>) -> tensor<1x64x14x14xf32>
  return %0 : tensor<1x64x14x14xf32>
}

// -----

// With 32 channels, 28-wide rows keep the wide-row form (lanes along the
// flattened padded rows: 27 * 30 + 28 = 838 positions) and its 8 x 32
// register tile.
// CHECK-LABEL: func.func @conv_32_channels_wide_rows
//       CHECK:   kernel.fused ins(%{{.*}}, %{{.*}} : tensor<1x16x28x28xf32>, tensor<32x16x3x3xf32>) {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[0, 0, 432, 0, 0, 0], [1, 8, 32, 0, 0, 0]], order = [2, 3, 4, 5, 0, 1], vector = 16, parallel = [2]>
//       CHECK:     kernel.generic {{.*}} outs(%{{.*}} : tensor<1x32x838xf32>)
func.func @conv_32_channels_wide_rows(%x: tensor<1x16x28x28xf32>) -> tensor<1x32x28x28xf32> {
  %w = graph.constant dense<1.0> : tensor<32x16x3x3xf32>
  %0 = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x16x28x28xf32>, tensor<32x16x3x3xf32>) -> tensor<1x32x28x28xf32>
  return %0 : tensor<1x32x28x28xf32>
}

// -----

// A strided 1x1 conv with 64 output channels (ResNet's downsampling
// shortcut) takes the channel-lane form as well: its input is broadcast,
// so the stride costs nothing along the lanes.
// CHECK-LABEL: func.func @conv_channel_lanes_pointwise_strided
//       CHECK:   kernel.fused ins(%{{.*}}, %{{.*}} : tensor<1x16x56x56xf32>, tensor<16x1x1x64xf32>) {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 4, 64, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16, parallel = [1]>
//       CHECK:     kernel.generic {{.*}} outs(%{{.*}} : tensor<1x28x28x64xf32>)
func.func @conv_channel_lanes_pointwise_strided(%x: tensor<1x16x56x56xf32>) -> tensor<1x64x28x28xf32> {
  %w = graph.constant dense<1.0> : tensor<64x16x1x1xf32>
  %0 = graph.conv %x, %w {strides = array<i64: 2, 2>} : (tensor<1x16x56x56xf32>, tensor<64x16x1x1xf32>) -> tensor<1x64x28x28xf32>
  return %0 : tensor<1x64x28x28xf32>
}
