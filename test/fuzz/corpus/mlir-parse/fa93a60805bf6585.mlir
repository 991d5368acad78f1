func.func @index_outside() -> index {
  %i = kernel.index 0 : index
  return %i : index
}
