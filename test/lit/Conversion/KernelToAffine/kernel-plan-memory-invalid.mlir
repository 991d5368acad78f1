// RUN: dlc-opt %s -allow-unregistered-dialect -kernel-plan-memory -split-input-file -verify-diagnostics
// RUN: not dlc-opt %s -allow-unregistered-dialect -kernel-plan-memory=alignment=48 -split-input-file 2>&1 | FileCheck %s --check-prefix=ALIGN

// The buffers kernel-plan-memory cannot place, one error each.

// ALIGN: error: alignment must be a power of two

func.func @in_loop() {
  affine.for %i = 0 to 4 {
    // expected-error @+1 {{kernel-plan-memory: an allocation inside a region cannot be planned}}
    %a = memref.alloc() : memref<4xf32>
    "test.use"(%a) : (memref<4xf32>) -> ()
  }
  return
}

// -----

func.func @dynamic(%n: index) {
  // expected-error @+1 {{kernel-plan-memory: needs a static, identity-layout buffer of numbers, got 'memref<?xf32>'}}
  %a = memref.alloc(%n) : memref<?xf32>
  "test.use"(%a) : (memref<?xf32>) -> ()
  return
}

// -----

func.func @strided() {
  // expected-error @+1 {{needs a static, identity-layout buffer of numbers, got 'memref<4xf32, strided<[2]>>'}}
  %a = memref.alloc() : memref<4xf32, strided<[2]>>
  "test.use"(%a) : (memref<4xf32, strided<[2]>>) -> ()
  return
}

// -----

func.func @index_elements() {
  // expected-error @+1 {{needs a static, identity-layout buffer of numbers, got 'memref<4xindex>'}}
  %a = memref.alloc() : memref<4xindex>
  "test.use"(%a) : (memref<4xindex>) -> ()
  return
}

// -----

// expected-error @+1 {{kernel-plan-memory needs a function with one block}}
func.func @blocks() {
  %a = memref.alloc() : memref<4xf32>
  "test.br"()[^bb1] : () -> ()
^bb1:
  "test.use"(%a) : (memref<4xf32>) -> ()
  return
}
