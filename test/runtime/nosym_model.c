/*===- nosym_model.c - A shared library that is not a DLC model -*- C -*-===*
 *
 * Exports a function, but not dlc_model_describe.
 *
 *===----------------------------------------------------------------------===*/

int dlc_not_a_model(void);
int dlc_not_a_model(void) { return 42; }
