// RUN: dlc-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{tile level 1 has 1 entries but tile level 0 has 2 (one per loop)}}
func.func @f() attributes {s = #kernel.schedule<tiles = [[64, 64], [8]]>} { return }

// -----

// expected-error @+1 {{tile size -4 for loop 1 at level 0 is negative}}
func.func @f() attributes {s = #kernel.schedule<tiles = [[4, -4]]>} { return }

// -----

// expected-error @+1 {{tile size 32 for loop 0 at level 1 exceeds the enclosing level's tile (16)}}
func.func @f() attributes {s = #kernel.schedule<tiles = [[16, 16], [32, 8]]>} { return }

// -----

// expected-error @+1 {{order [0, 0, 1] is not a permutation of [0, 3)}}
func.func @f() attributes {s = #kernel.schedule<order = [0, 0, 1]>} { return }

// -----

// expected-error @+1 {{order [0, 3] is not a permutation of [0, 2)}}
func.func @f() attributes {s = #kernel.schedule<order = [0, 3]>} { return }

// -----

// expected-error @+1 {{order has 3 entries but tile level 0 has 2 (one per loop)}}
func.func @f() attributes {s = #kernel.schedule<tiles = [[4, 4]], order = [0, 1, 2]>} { return }

// -----

// expected-error @+1 {{gpu_block has 1 entries but tile level 0 has 2 (one per loop)}}
func.func @f() attributes {s = #kernel.schedule<tiles = [[4, 4]], gpu_block = [32]>} { return }

// -----

// expected-error @+1 {{gpu_thread has 3 entries but gpu_block has 2 (one per loop)}}
func.func @f() attributes {s = #kernel.schedule<gpu_block = [32, 32], gpu_thread = [1, 1, 1]>} { return }

// -----

// expected-error @+1 {{gpu_block [32, -1] has a negative tile}}
func.func @f() attributes {s = #kernel.schedule<gpu_block = [32, -1]>} { return }

// -----

// expected-error @+1 {{gpu_thread [-2] has a negative tile}}
func.func @f() attributes {s = #kernel.schedule<gpu_thread = [-2]>} { return }

// -----

// expected-error @+1 {{gpu_thread tile 64 for loop 1 exceeds its gpu_block tile (32)}}
func.func @f() attributes {s = #kernel.schedule<gpu_block = [32, 32], gpu_thread = [4, 64]>} { return }

// -----

// expected-error @+1 {{vector width must be a power of two in [1, 64], got 12}}
func.func @f() attributes {s = #kernel.schedule<vector = 12>} { return }

// -----

// expected-error @+1 {{vector width must be a power of two in [1, 64], got 128}}
func.func @f() attributes {s = #kernel.schedule<vector = 128>} { return }

// -----

// expected-error @+1 {{unroll factor must be in [1, 64], got 0}}
func.func @f() attributes {s = #kernel.schedule<unroll = 0>} { return }

// -----

// expected-error @+1 {{parallel loop 2 is out of range [0, 2)}}
func.func @f() attributes {s = #kernel.schedule<tiles = [[4, 4]], parallel = [2]>} { return }

// -----

// expected-error @+1 {{parallel loop -1 is out of range}}
func.func @f() attributes {s = #kernel.schedule<parallel = [-1]>} { return }

// -----

// expected-error @+1 {{parallel loop 0 is listed twice}}
func.func @f() attributes {s = #kernel.schedule<parallel = [0, 0]>} { return }

// -----

// expected-error @+1 {{schedule field 'vector' is given twice}}
func.func @f() attributes {s = #kernel.schedule<vector = 8, vector = 16>} { return }

// -----

// expected-error @+1 {{unknown schedule field 'tile'; expected one of tiles, order, vector, unroll, parallel, gpu_block, gpu_thread}}
func.func @f() attributes {s = #kernel.schedule<tile = [[4]]>} { return }
