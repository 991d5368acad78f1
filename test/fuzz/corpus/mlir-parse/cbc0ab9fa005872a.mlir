func.func @f() attributes {s = #kernel.schedule<tiles = [[4, 4]], gpu_block = [32]>} { return }
