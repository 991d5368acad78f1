func.func @f() attributes {s = #kernel.schedule<vector = 128>} { return }
