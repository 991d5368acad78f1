/*===- CudaModel.c - The CUDA side of a model.so built for NVIDIA GPUs -*- C
 *-*-===*
 *
 * Linked into every model.so that `dlc-compile --target=cuda` writes (not
 * into libdlcrt): the host code MLIR generates for gpu.launch_func calls the
 * "mgpu" functions below, which DLC implements itself on the CUDA driver
 * API. The driver (libcuda.so.1) is loaded with dlopen on the first run, so
 * a CUDA model loads (and describes itself) on a machine without a GPU and
 * only its runs fail, with "no CUDA driver found (libcuda.so.1): ...".
 *
 * The mgpu functions return void or a handle, so a failure inside them is
 * kept as a sticky, thread-local error: every later mgpu call of the run
 * does nothing, and dlc_cuda_run reports the first failure by the CUDA
 * error's name (e.g. "CUDA_ERROR_OUT_OF_MEMORY") through the model's normal
 * error return. Nothing here aborts.
 *
 * Modules: the host code loads the PTX of each gpu.module once, from a
 * global constructor (mgpuModuleLoadJIT), i.e. at dlopen time. That only
 * records the PTX; it is JIT-compiled by the driver (cuModuleLoadData) on
 * the first launch that needs it and kept until the library is unloaded.
 *
 *===----------------------------------------------------------------------===*/

#define _POSIX_C_SOURCE 200809L

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dlc/model_abi.h"

#define DLC_CUDA_EXPORT __attribute__((visibility("hidden")))

/*===------------------------------------------------------------------===*
 * The driver API, declared here (no cuda.h needed to build DLC)
 *===------------------------------------------------------------------===*/

typedef int CUresult; /* CUDA_SUCCESS = 0 */
typedef int CUdevice;
typedef struct CUctx_st *CUcontext;
typedef struct CUmod_st *CUmodule;
typedef struct CUfunc_st *CUfunction;
typedef struct CUstream_st *CUstream;
typedef unsigned long long CUdeviceptr;

enum {
  DLC_CUDA_SUCCESS = 0,
  DLC_CUDA_ERROR_INVALID_VALUE = 1,
  DLC_CU_POINTER_ATTRIBUTE_MEMORY_TYPE = 2,
  DLC_CU_MEMORYTYPE_DEVICE = 2,
  DLC_CU_MEMORYTYPE_UNIFIED = 4,
};

typedef struct dlc_cuda_driver {
  CUresult (*cuInit)(unsigned);
  CUresult (*cuDeviceGet)(CUdevice *, int);
  CUresult (*cuDevicePrimaryCtxRetain)(CUcontext *, CUdevice);
  CUresult (*cuCtxSetCurrent)(CUcontext);
  CUresult (*cuModuleLoadData)(CUmodule *, const void *);
  CUresult (*cuModuleUnload)(CUmodule);
  CUresult (*cuModuleGetFunction)(CUfunction *, CUmodule, const char *);
  CUresult (*cuLaunchKernel)(CUfunction, unsigned, unsigned, unsigned, unsigned,
                             unsigned, unsigned, unsigned, CUstream, void **,
                             void **);
  CUresult (*cuStreamCreate)(CUstream *, unsigned);
  CUresult (*cuStreamSynchronize)(CUstream);
  CUresult (*cuStreamDestroy)(CUstream);
  CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
  CUresult (*cuMemFree)(CUdeviceptr);
  CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t);
  CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t);
  CUresult (*cuPointerGetAttribute)(void *, int, CUdeviceptr);
  CUresult (*cuGetErrorName)(CUresult, const char **);
  CUresult (*cuGetErrorString)(CUresult, const char **);
} dlc_cuda_driver;

static dlc_cuda_driver driver;
static CUcontext context;
static pthread_once_t driver_once = PTHREAD_ONCE_INIT;
static char driver_error[512] = "the CUDA driver was not initialized";
/* empty once the driver is up */

/* The sticky error of the current run on this thread ("" when none). */
static _Thread_local char run_error[1024];

static void set_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
static void set_error(const char *fmt, ...) {
  if (run_error[0])
    return; /* the first failure wins */
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(run_error, sizeof(run_error), fmt, ap);
  va_end(ap);
  if (!run_error[0])
    snprintf(run_error, sizeof(run_error), "unknown CUDA error");
}

/* Records a failed driver call as "CUDA_ERROR_X (description) in WHAT". */
static int check(CUresult r, const char *what) {
  if (r == DLC_CUDA_SUCCESS)
    return 0;
  const char *name = NULL, *text = NULL;
  if (driver.cuGetErrorName)
    driver.cuGetErrorName(r, &name);
  if (driver.cuGetErrorString)
    driver.cuGetErrorString(r, &text);
  if (name)
    set_error("%s (%s) in %s", name, text ? text : "no description", what);
  else
    set_error("CUDA error %d in %s", (int)r, what);
  return 1;
}

static void load_driver(void) {
  void *lib = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char *why = dlerror();
    snprintf(driver_error, sizeof(driver_error),
             "no CUDA driver found (libcuda.so.1): %s",
             why ? why : "dlopen failed");
    return;
  }
  struct {
    const char *name;
    void **slot;
  } symbols[] = {
#define DLC_SYM(name, versioned) {versioned, (void **)&driver.name}
      DLC_SYM(cuInit, "cuInit"),
      DLC_SYM(cuDeviceGet, "cuDeviceGet"),
      DLC_SYM(cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain"),
      DLC_SYM(cuCtxSetCurrent, "cuCtxSetCurrent"),
      DLC_SYM(cuModuleLoadData, "cuModuleLoadData"),
      DLC_SYM(cuModuleUnload, "cuModuleUnload"),
      DLC_SYM(cuModuleGetFunction, "cuModuleGetFunction"),
      DLC_SYM(cuLaunchKernel, "cuLaunchKernel"),
      DLC_SYM(cuStreamCreate, "cuStreamCreate"),
      DLC_SYM(cuStreamSynchronize, "cuStreamSynchronize"),
      DLC_SYM(cuStreamDestroy, "cuStreamDestroy_v2"),
      /* The _v2 entry points take 64-bit device pointers and sizes. */
      DLC_SYM(cuMemAlloc, "cuMemAlloc_v2"),
      DLC_SYM(cuMemFree, "cuMemFree_v2"),
      DLC_SYM(cuMemcpyHtoD, "cuMemcpyHtoD_v2"),
      DLC_SYM(cuMemcpyDtoH, "cuMemcpyDtoH_v2"),
      DLC_SYM(cuPointerGetAttribute, "cuPointerGetAttribute"),
      DLC_SYM(cuGetErrorName, "cuGetErrorName"),
      DLC_SYM(cuGetErrorString, "cuGetErrorString"),
#undef DLC_SYM
  };
  for (size_t i = 0; i < sizeof(symbols) / sizeof(symbols[0]); ++i) {
    *symbols[i].slot = dlsym(lib, symbols[i].name);
    if (!*symbols[i].slot) {
      snprintf(driver_error, sizeof(driver_error),
               "the CUDA driver (libcuda.so.1) lacks %s; it is too old",
               symbols[i].name);
      return;
    }
  }
  CUdevice device;
  const char *step = "cuInit";
  CUresult r = driver.cuInit(0);
  if (r == DLC_CUDA_SUCCESS) {
    step = "cuDeviceGet";
    r = driver.cuDeviceGet(&device, 0);
  }
  if (r == DLC_CUDA_SUCCESS) {
    step = "cuDevicePrimaryCtxRetain";
    r = driver.cuDevicePrimaryCtxRetain(&context, device);
  }
  if (r != DLC_CUDA_SUCCESS) {
    const char *name = NULL, *text = NULL;
    driver.cuGetErrorName(r, &name);
    driver.cuGetErrorString(r, &text);
    snprintf(driver_error, sizeof(driver_error),
             "cannot use the CUDA device: %s (%s) in %s",
             name ? name : "unknown error", text ? text : "no description",
             step);
    return;
  }
  driver_error[0] = '\0';
}

/* Loads the driver once per process and makes the primary context current
   on this thread; 0 on success, else the error is set. */
static int ensure_driver(void) {
  if (run_error[0])
    return 1;
  pthread_once(&driver_once, load_driver);
  if (driver_error[0]) {
    set_error("%s", driver_error);
    return 1;
  }
  return check(driver.cuCtxSetCurrent(context), "cuCtxSetCurrent");
}

/*===------------------------------------------------------------------===*
 * The mgpu ABI the generated host code calls (MLIR's gpu-to-llvm and
 * SelectObjectAttr translation, LLVM 22)
 *===------------------------------------------------------------------===*/

typedef struct dlc_cuda_module {
  const void *image; /* the PTX, NUL-terminated */
  CUmodule module;   /* NULL until the first launch */
  pthread_mutex_t lock;
} dlc_cuda_module;

DLC_CUDA_EXPORT void *mgpuModuleLoadJIT(void *data, int opt_level) {
  (void)opt_level;
  dlc_cuda_module *m = (dlc_cuda_module *)calloc(1, sizeof(dlc_cuda_module));
  if (!m)
    return NULL; /* reported by mgpuModuleGetFunction */
  m->image = data;
  pthread_mutex_init(&m->lock, NULL);
  return m;
}

DLC_CUDA_EXPORT void *mgpuModuleLoad(void *data, size_t size) {
  (void)size;
  return mgpuModuleLoadJIT(data, 0);
}

DLC_CUDA_EXPORT void mgpuModuleUnload(void *handle) {
  dlc_cuda_module *m = (dlc_cuda_module *)handle;
  if (!m)
    return;
  if (m->module && driver.cuModuleUnload)
    driver.cuModuleUnload(m->module); /* at dlclose; nobody to tell */
  pthread_mutex_destroy(&m->lock);
  free(m);
}

DLC_CUDA_EXPORT void *mgpuModuleGetFunction(void *handle, const char *name) {
  dlc_cuda_module *m = (dlc_cuda_module *)handle;
  if (ensure_driver())
    return NULL;
  if (!m) {
    set_error("out of memory while loading the model's kernels");
    return NULL;
  }
  pthread_mutex_lock(&m->lock);
  if (!m->module)
    check(driver.cuModuleLoadData(&m->module, m->image),
          "cuModuleLoadData (JIT-compiling the model's PTX)");
  pthread_mutex_unlock(&m->lock);
  if (run_error[0])
    return NULL;
  CUfunction f = NULL;
  char what[256];
  snprintf(what, sizeof(what), "cuModuleGetFunction('%s')", name);
  check(driver.cuModuleGetFunction(&f, m->module, name), what);
  return f;
}

/* Kernels run on the context's default stream, one after the other. */
DLC_CUDA_EXPORT void *mgpuStreamCreate(void) { return NULL; }

DLC_CUDA_EXPORT void mgpuStreamDestroy(void *stream) { (void)stream; }

DLC_CUDA_EXPORT void mgpuStreamSynchronize(void *stream) {
  if (run_error[0])
    return;
  check(driver.cuStreamSynchronize((CUstream)stream),
        "cuStreamSynchronize (running a kernel)");
}

DLC_CUDA_EXPORT void mgpuLaunchKernel(void *function, intptr_t gx, intptr_t gy,
                                      intptr_t gz, intptr_t bx, intptr_t by,
                                      intptr_t bz, int32_t smem, void *stream,
                                      void **params, void **extra,
                                      size_t num_params) {
  (void)num_params;
  if (run_error[0] || !function)
    return;
  check(driver.cuLaunchKernel((CUfunction)function, (unsigned)gx, (unsigned)gy,
                              (unsigned)gz, (unsigned)bx, (unsigned)by,
                              (unsigned)bz, (unsigned)smem, (CUstream)stream,
                              params, extra),
        "cuLaunchKernel");
}

/*===------------------------------------------------------------------===*
 * What the model's description stub calls
 *===------------------------------------------------------------------===*/

DLC_CUDA_EXPORT const char *dlc_cuda_last_error(void) { return run_error; }

DLC_CUDA_EXPORT int32_t dlc_cuda_arena_alloc(uint64_t bytes, void **arena) {
  run_error[0] = '\0';
  *arena = NULL;
  if (ensure_driver())
    return 1;
  CUdeviceptr p = 0;
  char what[128];
  snprintf(what, sizeof(what), "cuMemAlloc of the %llu-byte arena",
           (unsigned long long)bytes);
  if (check(driver.cuMemAlloc(&p, bytes ? (size_t)bytes : 1), what))
    return 1;
  *arena = (void *)(uintptr_t)p;
  return 0;
}

DLC_CUDA_EXPORT void dlc_cuda_arena_free(void *arena) {
  if (arena && driver.cuMemFree)
    driver.cuMemFree((CUdeviceptr)(uintptr_t)arena);
}

/* Whether p points to memory the device can address directly. */
static int is_device_pointer(const void *p) {
  unsigned int type = 0;
  CUresult r = driver.cuPointerGetAttribute(
      &type, DLC_CU_POINTER_ATTRIBUTE_MEMORY_TYPE, (CUdeviceptr)(uintptr_t)p);
  /* Plain host memory is unknown to CUDA: CUDA_ERROR_INVALID_VALUE. */
  return r == DLC_CUDA_SUCCESS && (type == DLC_CU_MEMORYTYPE_DEVICE ||
                                   type == DLC_CU_MEMORYTYPE_UNIFIED);
}

/* Runs entry(args) with args = inputs, outputs, arena as device pointers:
   host buffers are copied to device buffers first (inputs) and back after
   the run (outputs); a host or NULL arena is replaced by a device buffer
   for this run. Returns 0, or 1 with dlc_cuda_last_error() set. */
DLC_CUDA_EXPORT int32_t dlc_cuda_run(void (*entry)(void **args),
                                     int32_t num_inputs, int32_t num_outputs,
                                     void *const *inputs, void *const *outputs,
                                     void *arena, const uint64_t *input_bytes,
                                     const uint64_t *output_bytes,
                                     uint64_t arena_bytes) {
  run_error[0] = '\0';
  if (ensure_driver())
    return 1;
  int32_t n = num_inputs + num_outputs;
  void **args = (void **)calloc((size_t)n + 1, sizeof(void *));
  CUdeviceptr *staged =
      (CUdeviceptr *)calloc((size_t)n + 1, sizeof(CUdeviceptr));
  if (!args || !staged) {
    free(args);
    free(staged);
    set_error("out of memory");
    return 1;
  }
  char what[128];
  for (int32_t i = 0; i < n && !run_error[0]; ++i) {
    int is_input = i < num_inputs;
    void *p = is_input ? inputs[i] : outputs[i - num_inputs];
    uint64_t bytes = is_input ? input_bytes[i] : output_bytes[i - num_inputs];
    args[i] = p;
    if (bytes == 0 || is_device_pointer(p))
      continue;
    snprintf(what, sizeof(what), "cuMemAlloc for %s %d (%llu bytes)",
             is_input ? "input" : "output",
             (int)(is_input ? i : i - num_inputs), (unsigned long long)bytes);
    if (check(driver.cuMemAlloc(&staged[i], (size_t)bytes), what))
      break;
    args[i] = (void *)(uintptr_t)staged[i];
    if (is_input)
      check(driver.cuMemcpyHtoD(staged[i], p, (size_t)bytes),
            "cuMemcpyHtoD (copying an input to the device)");
  }
  args[n] = arena;
  if (!run_error[0] && arena_bytes > 0 &&
      (!arena || !is_device_pointer(arena))) {
    snprintf(what, sizeof(what), "cuMemAlloc of the %llu-byte arena",
             (unsigned long long)arena_bytes);
    if (!check(driver.cuMemAlloc(&staged[n], (size_t)arena_bytes), what))
      args[n] = (void *)(uintptr_t)staged[n];
  }
  if (!run_error[0])
    entry(args);
  for (int32_t o = 0; o < num_outputs && !run_error[0]; ++o)
    if (staged[num_inputs + o])
      check(driver.cuMemcpyDtoH(outputs[o], staged[num_inputs + o],
                                (size_t)output_bytes[o]),
            "cuMemcpyDtoH (copying an output back)");
  for (int32_t i = 0; i <= n; ++i)
    if (staged[i])
      driver.cuMemFree(staged[i]);
  free(args);
  free(staged);
  return run_error[0] ? 1 : 0;
}
