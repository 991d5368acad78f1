// RUN: dlc-opt %s -split-input-file --dlc-cpu-record-guided-loops | FileCheck %s --check-prefix=RECORD
// RUN: dlc-opt %s -split-input-file --dlc-cpu-record-guided-loops --lower-affine --convert-scf-to-openmp --dlc-cpu-guided-schedule | FileCheck %s

// Lowering keeps no attributes of the loops: dlc-cpu-record-guided-loops
// records which parallel loops are guided, in order, on the function, and
// dlc-cpu-guided-schedule gives the omp.wsloop in that position the guided
// schedule.
// RECORD-LABEL: func.func @two_loops(
//  RECORD-SAME:   attributes {dlc.guided_loops = array<i1: false, true>}
//   RECORD-NOT:   {dlc.guided}
// CHECK-LABEL: func.func @two_loops(
//   CHECK-NOT:   dlc.guided_loops
//       CHECK:   omp.wsloop {
//       CHECK:   omp.wsloop schedule(guided) {
func.func @two_loops(%m: memref<64xf32>) {
  %c = arith.constant 1.0 : f32
  affine.parallel (%i) = (0) to (64) {
    affine.store %c, %m[%i] : memref<64xf32>
  }
  affine.parallel (%i) = (0) to (64) {
    affine.store %c, %m[%i] : memref<64xf32>
  } {dlc.guided}
  return
}

// -----

// A record that no longer matches the loops one to one changes none (the
// schedule only changes speed).
// CHECK-LABEL: func.func @stale(
//   CHECK-NOT:   dlc.guided_loops
//       CHECK:   omp.wsloop {
//       CHECK:   omp.wsloop {
//   CHECK-NOT:   schedule(guided)
func.func @stale(%m: memref<64xf32>) attributes {dlc.guided_loops = array<i1: true>} {
  %c = arith.constant 1.0 : f32
  affine.parallel (%i) = (0) to (64) {
    affine.store %c, %m[%i] : memref<64xf32>
  }
  affine.parallel (%i) = (0) to (64) {
    affine.store %c, %m[%i] : memref<64xf32>
  }
  return
}
