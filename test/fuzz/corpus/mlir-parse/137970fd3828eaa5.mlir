func.func @f() attributes {s = #kernel.schedule<vector = 8, vector = 16>} { return }
