// RUN: dlc-opt %s -split-input-file -verify-diagnostics

#id2 = affine_map<(i, j) -> (i, j)>

func.func @map_count(%a: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'kernel.generic' op expected one indexing map per operand (2), got 1}}
  %r = kernel.generic ins(%a : tensor<4x8xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [#id2] iterator_types = [parallel, parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

func.func @no_outputs(%a: tensor<4xf32>) {
  // expected-error @+1 {{'kernel.generic' op needs at least one output}}
  "kernel.generic"(%a) <{indexing_maps = [affine_map<(i) -> (i)>], iterator_types = [#kernel<iterator parallel>], operandSegmentSizes = array<i32: 1, 0>}> ({
  ^bb0(%x: f32):
    kernel.yield
  }) : (tensor<4xf32>) -> ()
  return
}

// -----

func.func @map_dims(%a: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'kernel.generic' op indexing map #0 has 2 dims but there are 3 loops (iterator_types)}}
  %r = kernel.generic ins(%a : tensor<4x8xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j, k) -> (i, j)>]
      iterator_types = [parallel, parallel, reduction] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

func.func @map_symbols(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.generic' op indexing map #0 must not have symbols}}
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i)[s] -> (i + s)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @map_rank(%a: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'kernel.generic' op indexing map #0 has 1 results but operand #0 has rank 2}}
  %r = kernel.generic ins(%a : tensor<4x8xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>]
      iterator_types = [parallel, parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

func.func @output_map(%a: tensor<8xf32>, %c: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'kernel.generic' op indexing map #1 of an output must be a projected permutation, got affine_map<(d0) -> (d0 floordiv 2)>}}
  %r = kernel.generic ins(%a : tensor<8xf32>) outs(%c : tensor<8xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i floordiv 2)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

func.func @output_reduction(%a: tensor<4x8xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'kernel.generic' op indexing map #1 of an output uses reduction loop d1}}
  %r = kernel.generic ins(%a : tensor<4x8xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

func.func @extent_mismatch(%a: tensor<4x8xf32>, %b: tensor<7xf32>, %c: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'kernel.generic' op loop d1 has extent 8 from an earlier operand but operand #1 dim 0 has size 7}}
  %r = kernel.generic ins(%a, %b : tensor<4x8xf32>, tensor<7xf32>) outs(%c : tensor<4x8xf32>)
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>]
      iterator_types = [parallel, parallel] {
  ^bb0(%x: f32, %y: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

func.func @unbounded_loop(%a: tensor<8xf32>, %c: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'kernel.generic' op loop d1 has no bound: it must appear alone as a result of some indexing map}}
  %r = kernel.generic ins(%a : tensor<8xf32>) outs(%c : tensor<8xf32>)
      indexing_maps = [affine_map<(i, k) -> (i + k)>, affine_map<(i, k) -> (i)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

// A stride-2 3x3 window over 16 rows reads up to row 7 * 2 + 2 = 16.
func.func @window_out_of_bounds(%x: tensor<16xf32>, %w: tensor<3xf32>, %o: tensor<8xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'kernel.generic' op indexing map #0 reads index 16 of dim 0 of operand #0, which has size 16}}
  %r = kernel.generic ins(%x, %w : tensor<16xf32>, tensor<3xf32>) outs(%o : tensor<8xf32>)
      indexing_maps = [affine_map<(i, k) -> (i * 2 + k)>, affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>]
      iterator_types = [parallel, reduction] {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    kernel.yield %a : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

func.func @result_type(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error @+1 {{'kernel.generic' op result types must match the output types}}
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    kernel.yield %x : f32
  } -> tensor<4xf16>
  return %r : tensor<4xf16>
}

// -----

func.func @body_args(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.generic' op body must have 2 arguments (one per operand), got 1}}
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32):
    kernel.yield %x : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @body_arg_type(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.generic' op body argument #0 has type 'f16' but operand #0 has element type 'f32'}}
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f16, %o: f32):
    kernel.yield %o : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @no_yield(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.generic' op body must end in kernel.yield}}
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    %s = arith.addf %x, %o : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @yield_count(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: f32, %o: f32):
    // expected-error @+1 {{'kernel.yield' op yields 2 values but the kernel.generic has 1 outputs}}
    kernel.yield %x, %o : f32, f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @yield_type(%a: tensor<4xi32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic ins(%a : tensor<4xi32>) outs(%c : tensor<4xf32>)
      indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>]
      iterator_types = [parallel] {
  ^bb0(%x: i32, %o: f32):
    // expected-error @+1 {{'kernel.yield' op value #0 has type 'i32' but output #0 has element type 'f32'}}
    kernel.yield %x : i32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @bad_iterator(%c: tensor<4xf32>) -> tensor<4xf32> {
  %r = kernel.generic outs(%c : tensor<4xf32>)
      // expected-error @+1 {{expected 'parallel' or 'reduction', got 'serial'}}
      indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [serial] {
  ^bb0(%o: f32):
    kernel.yield %o : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @index_outside() -> index {
  // expected-error @+1 {{'kernel.index' op must be inside a kernel.generic}}
  %i = kernel.index 0 : index
  return %i : index
}

// -----

func.func @index_range(%c: tensor<4xi64>) -> tensor<4xi64> {
  %r = kernel.generic outs(%c : tensor<4xi64>)
      indexing_maps = [affine_map<(i) -> (i)>] iterator_types = [parallel] {
  ^bb0(%o: i64):
    // expected-error @+1 {{'kernel.index' op dim 1 is out of range: the kernel.generic has 1 loops}}
    %i = kernel.index 1 : index
    kernel.yield %o : i64
  } -> tensor<4xi64>
  return %r : tensor<4xi64>
}

// -----

func.func @yield_parent(%a: f32) {
  // expected-error @+1 {{'kernel.yield' op expects parent op to be one of 'kernel.generic, kernel.fused'}}
  kernel.yield %a : f32
}

// -----

func.func @fused_args(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.fused' op body must have 2 arguments (ins, then outs), got 1}}
  %r = kernel.fused ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: tensor<4xf32>):
    kernel.yield %x : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @fused_arg_type(%a: tensor<4xf32>, %c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.fused' op body argument #0 has type 'tensor<8xf32>' but operand #0 has type 'tensor<4xf32>'}}
  %r = kernel.fused ins(%a : tensor<4xf32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: tensor<8xf32>, %o: tensor<4xf32>):
    kernel.yield %o : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @fused_results(%c: tensor<4xf32>) -> tensor<8xf32> {
  // expected-error @+1 {{'kernel.fused' op result types must match the output types}}
  %r = kernel.fused outs(%c : tensor<4xf32>) {
  ^bb0(%o: tensor<4xf32>):
    kernel.yield %o : tensor<4xf32>
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

func.func @fused_yield(%c: tensor<4xf32>, %d: tensor<8xf32>) -> tensor<4xf32> {
  %r = kernel.fused ins(%d : tensor<8xf32>) outs(%c : tensor<4xf32>) {
  ^bb0(%x: tensor<8xf32>, %o: tensor<4xf32>):
    // expected-error @+1 {{'kernel.yield' op yields 'tensor<8xf32>' but the kernel.fused has results 'tensor<4xf32>'}}
    kernel.yield %x : tensor<8xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @fused_no_yield(%c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.fused' op body must end in kernel.yield}}
  %r = kernel.fused outs(%c : tensor<4xf32>) {
  ^bb0(%o: tensor<4xf32>):
    %z = arith.constant 0 : index
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

// The body of a kernel.fused is isolated: it sees only its block arguments.
func.func @fused_isolated(%c: tensor<4xf32>, %outside: tensor<4xf32>) -> tensor<4xf32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %r = kernel.fused outs(%c : tensor<4xf32>) {
  ^bb0(%o: tensor<4xf32>):
    // expected-error @+1 {{'kernel.yield' op using value defined outside the region}}
    kernel.yield %outside : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @schedule_without_generic(%c: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'kernel.fused' op has a schedule but no kernel.generic for it to apply to}}
  %r = kernel.fused outs(%c : tensor<4xf32>) schedule = #kernel.schedule<vector = 4> {
  ^bb0(%o: tensor<4xf32>):
    kernel.yield %o : tensor<4xf32>
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @schedule_loop_count(%a: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error @+1 {{'kernel.fused' op schedule talks about 2 loops but the root kernel.generic has 3}}
  %r = kernel.fused ins(%a : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) schedule = #kernel.schedule<tiles = [[8, 8]]> {
  ^bb0(%x: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %m = kernel.generic ins(%x, %x : tensor<64x64xf32>, tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      kernel.yield %acc : f32
    } -> tensor<64x64xf32>
    kernel.yield %m : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @schedule_parallel_reduction(%a: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error @+1 {{'kernel.fused' op schedule marks loop 2 parallel, but it is a reduction}}
  %r = kernel.fused ins(%a : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) schedule = #kernel.schedule<parallel = [0, 2]> {
  ^bb0(%x: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %m = kernel.generic ins(%x, %x : tensor<64x64xf32>, tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      kernel.yield %acc : f32
    } -> tensor<64x64xf32>
    kernel.yield %m : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @schedule_parallel_range(%a: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error @+1 {{'kernel.fused' op schedule parallel loop 3 is out of range: the root kernel.generic has 3 loops}}
  %r = kernel.fused ins(%a : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) schedule = #kernel.schedule<parallel = [3]> {
  ^bb0(%x: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %m = kernel.generic ins(%x, %x : tensor<64x64xf32>, tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      kernel.yield %acc : f32
    } -> tensor<64x64xf32>
    kernel.yield %m : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @schedule_gpu_reduction(%a: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error @+1 {{'kernel.fused' op schedule maps reduction loop 2 to gpu_block; only parallel loops map to GPU blocks and threads}}
  %r = kernel.fused ins(%a : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) schedule = #kernel.schedule<gpu_block = [32, 32, 8]> {
  ^bb0(%x: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %m = kernel.generic ins(%x, %x : tensor<64x64xf32>, tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      kernel.yield %acc : f32
    } -> tensor<64x64xf32>
    kernel.yield %m : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>

func.func @schedule_tile_too_big(%a: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> tensor<64x64xf32> {
  // expected-error @+1 {{'kernel.fused' op schedule tiles loop 1 (extent 64) by 128 at level 0; a tile may not exceed its loop}}
  %r = kernel.fused ins(%a : tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) schedule = #kernel.schedule<tiles = [[32, 128, 64]]> {
  ^bb0(%x: tensor<64x64xf32>, %o: tensor<64x64xf32>):
    %m = kernel.generic ins(%x, %x : tensor<64x64xf32>, tensor<64x64xf32>) outs(%o : tensor<64x64xf32>)
        indexing_maps = [#mk, #kn, #mn] iterator_types = [parallel, parallel, reduction] {
    ^bb0(%p: f32, %q: f32, %acc: f32):
      kernel.yield %acc : f32
    } -> tensor<64x64xf32>
    kernel.yield %m : tensor<64x64xf32>
  } -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}
